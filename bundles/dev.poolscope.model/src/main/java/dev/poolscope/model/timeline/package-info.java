/**
 * A trace's threads over time, for a timeline: each thread's operations as spans and its marked
 * events (races, rollbacks, retries, failed allocations), read once into a fixed-size overview and
 * exactly for a visible window, both projected into per-pixel lane columns. No display code.
 */
package dev.poolscope.model.timeline;
