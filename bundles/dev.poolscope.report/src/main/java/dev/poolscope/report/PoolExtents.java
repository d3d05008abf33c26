package dev.poolscope.report;

import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.model.PoolState;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.List;

/** A pool's free extents, chunks side by side, from a live pool or from a trace's state at an event. */
final class PoolExtents {

    private PoolExtents() {
    }

    /** The extents of {@code pool} now; the caller holds it still (a replay between its steps). */
    static ExtentStats of(GenPool pool) {
        List<ExtentStats> chunks = new ArrayList<>();
        for (Chunk chunk : pool.chunks()) {
            long[] words = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(words);
            chunks.add(ExtentStats.ofChunk(words, chunk.bitCount()));
        }
        return ExtentStats.combine(chunks);
    }

    /** The extents of the recorded pool {@code header} describes, in {@code state}. */
    static ExtentStats of(TraceHeader header, PoolState state) {
        List<ExtentStats> chunks = new ArrayList<>();
        for (int chunk = 0; chunk < state.chunkCount(); chunk++) {
            long bits = header.chunks().get(chunk).size() >>> header.minAllocOrder();
            chunks.add(ExtentStats.ofChunk(state.words(chunk), bits));
        }
        return ExtentStats.combine(chunks);
    }
}
