package dev.poolscope.model.holders;

/**
 * Who holds part of a pool at an event, and how much: the allocations live then of one caller (the
 * allocation's label), of one thread (when its allocations have no label), or the start state.
 *
 * @param name        the caller, "T3", or {@link Holders#BEFORE_THE_TRACE}
 * @param bytes       the bytes its allocations hold: their units times the unit size, the figure the
 *                    Pools view's "Allocated" column counts
 * @param requested   the bytes its allocations asked for (for the start state: its units' bytes)
 * @param allocations how many allocations (for the start state: runs of set units)
 * @param share       {@code bytes} as a share of the pool's size, 0..1
 */
public record Holder(String name, long bytes, long requested, int allocations, double share) {
}
