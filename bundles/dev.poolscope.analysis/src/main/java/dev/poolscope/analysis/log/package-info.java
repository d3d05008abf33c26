/**
 * Allocation logs (ALLOCATION-LOG.md in this bundle): read whole and checked before anything uses
 * them, then replayed through a pool, one operation at a time, single-threaded.
 */
package dev.poolscope.analysis.log;
