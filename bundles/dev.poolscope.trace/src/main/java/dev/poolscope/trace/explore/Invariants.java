package dev.poolscope.trace.explore;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The allocator's invariants over one execution: no two live allocations overlap at any moment;
 * at the end each chunk's bitmap has exactly the live allocations' bits set and its avail is its
 * size less their bytes. An allocation is live from its ALLOC_END to the FREE_BEGIN of its free.
 */
final class Invariants {

    private final PoolSpec spec;
    /** Live allocations: address to bytes taken (rounded to units). */
    private final TreeMap<Long, Long> live = new TreeMap<>();

    private Invariants(PoolSpec spec) {
        this.spec = spec;
    }

    /** The first invariant the execution broke, or empty; {@code pool} is its pool as the run left it. */
    static String check(PoolSpec spec, List<Event> events, GenPool pool) {
        Invariants invariants = new Invariants(spec);
        String broken = invariants.applyAll(events);
        if (!broken.isEmpty()) {
            return broken;
        }
        for (Chunk chunk : pool.chunks()) {
            broken = invariants.checkChunk(chunk);
            if (!broken.isEmpty()) {
                return broken;
            }
        }
        return "";
    }

    /** The overlap check, for the events seen so far of a run that did not end (bounded or failed). */
    static String checkSoFar(PoolSpec spec, List<Event> events) {
        return new Invariants(spec).applyAll(events);
    }

    /** Follows the live allocations through {@code events} (null: a step without one); the first overlap, or empty. */
    private String applyAll(List<Event> events) {
        for (Event event : events) {
            String broken = event == null ? "" : apply(event);
            if (!broken.isEmpty()) {
                return broken;
            }
        }
        return "";
    }

    private String apply(Event event) {
        if (event.kind() == EventKind.FREE_BEGIN) {
            live.remove(event.p0());
        } else if (event.kind() == EventKind.ALLOC_END && event.p1() != 0) {
            long address = event.p1();
            long bytes = spec.roundedBytes(event.p0());
            Map.Entry<Long, Long> below = live.floorEntry(address + bytes - 1);
            if (below != null && below.getKey() + below.getValue() > address) {
                return String.format("two live allocations overlap: 0x%x (%d bytes) and 0x%x (%d bytes)",
                        below.getKey(), below.getValue(), address, bytes);
            }
            live.put(address, bytes);
        }
        return "";
    }

    private String checkChunk(Chunk chunk) {
        long liveBytes = 0;
        boolean[] expected = new boolean[(int) chunk.bitCount()];
        for (Map.Entry<Long, Long> allocation : live.subMap(chunk.start(), true, chunk.end(), true).entrySet()) {
            liveBytes += allocation.getValue();
            long first = (allocation.getKey() - chunk.start()) >> spec.minAllocOrder();
            for (long bit = first; bit < first + (allocation.getValue() >> spec.minAllocOrder()); bit++) {
                expected[(int) bit] = true;
            }
        }
        for (int bit = 0; bit < expected.length; bit++) {
            if (chunk.bitmap().isSet(bit) != expected[bit]) {
                return expected[bit]
                        ? String.format("a live allocation lost its bit: chunk %d bit %d is clear", chunk.id(), bit)
                        : String.format("a bit leaked: chunk %d bit %d is set but no live allocation holds it", chunk.id(), bit);
            }
        }
        long avail = chunk.size() - liveBytes;
        return chunk.avail() == avail ? ""
                : String.format("avail is inconsistent: chunk %d has avail %d, its live allocations leave %d",
                        chunk.id(), chunk.avail(), avail);
    }
}
