package dev.poolscope.model;

import dev.poolscope.core.GenPool;
import dev.poolscope.trace.UnitRuns;

import java.util.Map;
import java.util.TreeMap;

/**
 * The start state's runs in the {@link AllocationIndex} while the model is built: each run is one
 * allocation held since before the trace. A free may release any part of a run (the kernel freeing
 * one of the allocations the run is made of): the run's allocation ends at the free's end, and what
 * is left of it on either side goes on as allocations held since before the trace.
 */
final class StartSpans {

    private final PoolGeometry geometry;
    private final AllocationIndex index;
    /** The live start-state allocations by unsigned address of their first byte. */
    private final TreeMap<Long, Integer> live = new TreeMap<>(Long::compareUnsigned);

    /** Adds every run of the start state to {@code index}, as set before the first event. */
    StartSpans(PoolGeometry geometry, AllocationIndex index) {
        this.geometry = geometry;
        this.index = index;
        for (int chunk = 0; chunk < geometry.chunkCount(); chunk++) {
            UnitRuns runs = geometry.startRuns(chunk);
            for (int run = 0; run < runs.count(); run++) {
                add(-1, chunk, runs.start(run), runs.length(run));
            }
        }
    }

    private void add(long seq, int chunk, long startBit, long nbits) {
        int added = index.add(seq, -1, chunk, startBit, nbits << geometry.order(), -1);
        live.put(geometry.addressOf(chunk, startBit), added);
    }

    /**
     * The live start-state allocation that holds all of the {@code bytes} freed at {@code address},
     * taken out of the live ones; -1 when none does.
     */
    int take(long address, long bytes) {
        Map.Entry<Long, Integer> below = live.floorEntry(address);
        if (below == null) {
            return -1;
        }
        AllocationSpan span = index.get(below.getValue());
        long offset = address - span.address();
        long bit = offset >>> geometry.order();
        if (Long.compareUnsigned(offset, span.nbits() << geometry.order()) >= 0
                || GenPool.bitsFor(bytes, geometry.order()) > span.nbits() - bit) {
            return -1;
        }
        live.remove(below.getKey());
        return below.getValue();
    }

    /** Makes {@code span}, taken by a free that never ended, live again. */
    void putBack(int span) {
        live.put(index.get(span).address(), span);
    }

    /**
     * The free of {@code bytes} at {@code address} out of {@code span} ended at event {@code seq}: the
     * span is released then, and what is left of it before and after the freed units is held on.
     */
    void freed(int span, long address, long bytes, long seq) {
        AllocationSpan whole = index.get(span);
        index.freed(span, seq);
        long first = whole.startBit() + ((address - whole.address()) >>> geometry.order());
        long end = first + GenPool.bitsFor(bytes, geometry.order());
        if (first > whole.startBit()) {
            add(seq, whole.chunk(), whole.startBit(), first - whole.startBit());
        }
        if (end < whole.startBit() + whole.nbits()) {
            add(seq, whole.chunk(), end, whole.startBit() + whole.nbits() - end);
        }
    }
}
