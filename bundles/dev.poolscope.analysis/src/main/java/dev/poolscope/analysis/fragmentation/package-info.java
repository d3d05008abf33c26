/**
 * Fragmentation metrics of a bitmap at one moment: free extents, their histogram, and the kernel's
 * indexes (external fragmentation, unusable free index, fragmentation index), per chunk and per pool.
 */
package dev.poolscope.analysis.fragmentation;
