/**
 * Allocation logs (ALLOCATION-LOG.md in this bundle): read whole and checked before anything uses
 * them, then replayed through a pool, one operation at a time, single-threaded, or written as a
 * script that the kernel module poolscope_logreplay replays through the real kernel's gen_pool.
 */
package dev.poolscope.analysis.log;
