/**
 * One operation sequence replayed through several algorithms and variants ({@link
 * dev.poolscope.analysis.compare.Contender}): rows of counts and fragmentation metrics at checkpoints,
 * every failed alloc with its reason, final bitmaps, CSV, and findings in words made from the numbers.
 */
package dev.poolscope.analysis.compare;
