package dev.poolscope.analysis.fragmentation;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;

import java.util.ArrayList;
import java.util.List;

/**
 * A live pool's free extents kept up to date as a probe: one {@link ChunkExtents} per chunk (by chunk id),
 * fed the bits each successful CAS or word store flips, as {@link PoolExtents} is fed a trace's events. So a
 * single-threaded replay reads F and L at any step in O(chunks), with no scan of the bitmap.
 */
public final class LiveExtents implements Probe {

    private final List<ChunkExtents> chunks = new ArrayList<>();

    /** Starts tracking {@code pool}, whose chunks must all be clear and which must not have been used yet. */
    public void attach(GenPool pool) {
        for (Chunk chunk : pool.chunks()) {
            while (chunks.size() <= chunk.id()) {
                chunks.add(null);
            }
            chunks.set(chunk.id(), new ChunkExtents(chunk.bitCount(), new long[0]));
        }
    }

    @Override
    public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
        if (success) {
            chunks.get(chunk.id()).flip(word, expected ^ desired);
        }
    }

    @Override
    public void wordStore(Chunk chunk, int word, long before, long after) {
        chunks.get(chunk.id()).flip(word, before ^ after);
    }

    /** Free units now, over every chunk. */
    public long free() {
        long free = 0;
        for (ChunkExtents chunk : chunks) {
            free += chunk.free();
        }
        return free;
    }

    /** The largest free extent now, over every chunk (extents never span two). */
    public long largest() {
        long largest = 0;
        for (ChunkExtents chunk : chunks) {
            largest = Math.max(largest, chunk.largest());
        }
        return largest;
    }

    /** Each chunk's extents now, in order of addition. */
    public List<ExtentStats> chunkStats() {
        List<ExtentStats> stats = new ArrayList<>(chunks.size());
        for (ChunkExtents chunk : chunks) {
            stats.add(chunk.stats());
        }
        return stats;
    }

    /** The pool's extents now. */
    public ExtentStats stats() {
        return ExtentStats.combine(chunkStats());
    }
}
