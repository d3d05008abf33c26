/**
 * Why an allocation failed: no space, fragmentation, alignment or a lost race, with the numbers that
 * say so. One rule for every source of failures (a trace, a log replay, the live pool).
 */
package dev.poolscope.analysis.failure;
