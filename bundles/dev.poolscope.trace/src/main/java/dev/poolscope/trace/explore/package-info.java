/**
 * Exhaustive exploration of a small scenario's schedules under the controlled scheduler, with
 * partial-order reduction, and the outcome table it yields.
 */
package dev.poolscope.trace.explore;
