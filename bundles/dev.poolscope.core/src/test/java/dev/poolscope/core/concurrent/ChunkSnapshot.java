package dev.poolscope.core.concurrent;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;

import java.util.ArrayList;
import java.util.List;

/**
 * What a quiet chunk looks like: its geometry, its bitmap words and its {@code avail} counter. Taken
 * while no thread is inside the allocator, so the words and the counter belong to the same moment.
 */
record ChunkSnapshot(long start, long size, int order, long[] words, long avail) {

    static ChunkSnapshot of(Chunk chunk) {
        long[] words = new long[chunk.bitmap().wordCount()];
        chunk.bitmap().copyWords(words);
        return new ChunkSnapshot(chunk.start(), chunk.size(), chunk.order(), words, chunk.avail());
    }

    /** Every chunk of {@code pool}, in the pool's list order. A plain loop: under Lincheck a stream costs thousands of traced steps. */
    static List<ChunkSnapshot> of(GenPool pool) {
        List<ChunkSnapshot> snapshots = new ArrayList<>();
        for (Chunk chunk : pool.chunks()) {
            snapshots.add(of(chunk));
        }
        return snapshots;
    }

    /** Whole allocation units: bytes past the last one (the tail) are never handed out. */
    long unitCount() {
        return size >>> order;
    }

    boolean contains(long address) {
        return Long.compareUnsigned(address - start, size) < 0;
    }
}
