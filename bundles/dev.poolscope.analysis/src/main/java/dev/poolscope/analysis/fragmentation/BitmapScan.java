package dev.poolscope.analysis.fragmentation;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.model.PoolState;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pool's bitmaps read whole, once: its extents and its words, chunks in order of addition (chunk id),
 * from a live pool (held still by its caller, e.g. a replay between its steps) or a trace's state.
 * The one full scan; a series that follows every event uses the incremental {@link PoolExtents}.
 */
public final class BitmapScan {

    private BitmapScan() {
    }

    /** The pool's free extents, chunk by chunk in order of addition. */
    public static ExtentStats extents(GenPool pool) {
        return ExtentStats.combine(chunkExtents(pool));
    }

    /** Each chunk's free extents, in order of addition. */
    public static List<ExtentStats> chunkExtents(GenPool pool) {
        List<ExtentStats> chunks = new ArrayList<>();
        for (Chunk chunk : byId(pool)) {
            chunks.add(ExtentStats.ofChunk(words(chunk), chunk.bitCount()));
        }
        return chunks;
    }

    /** The extents of the recorded pool {@code header} describes, in {@code state}. */
    public static ExtentStats extents(TraceHeader header, PoolState state) {
        List<ExtentStats> chunks = new ArrayList<>();
        for (int chunk = 0; chunk < state.chunkCount(); chunk++) {
            long bits = header.chunks().get(chunk).size() >>> header.minAllocOrder();
            chunks.add(ExtentStats.ofChunk(state.words(chunk), bits));
        }
        return ExtentStats.combine(chunks);
    }

    /** Every chunk's bitmap words, chunk 0's first; bit i of a chunk is bit i%64 of its word i/64. */
    public static long[] bitmap(GenPool pool) {
        List<long[]> chunks = new ArrayList<>();
        int total = 0;
        for (Chunk chunk : byId(pool)) {
            chunks.add(words(chunk));
            total = Math.addExact(total, chunks.get(chunks.size() - 1).length);
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] words : chunks) {
            System.arraycopy(words, 0, all, at, words.length);
            at += words.length;
        }
        return all;
    }

    private static long[] words(Chunk chunk) {
        long[] words = new long[chunk.bitmap().wordCount()];
        chunk.bitmap().copyWords(words);
        return words;
    }

    /** The chunks in order of addition: the pool lists the newest first, as its searches visit them. */
    private static List<Chunk> byId(GenPool pool) {
        List<Chunk> chunks = new ArrayList<>(pool.chunks());
        chunks.sort(Comparator.comparingInt(Chunk::id));
        return chunks;
    }
}
