package dev.poolscope.trace;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.PoolLimits;

import java.util.Comparator;
import java.util.List;

/**
 * What a trace says about the run it records: the pool's geometry and settings, the workload and
 * its seed. Chunks are listed by id, i.e. in the order they were added to the pool. The pool is
 * within {@link PoolLimits#TRACED}, so that every trace can be replayed.
 *
 * @param minAllocOrder the pool's minimum allocation order
 * @param variant       the variant's id (mainline, v4-patch, pre-patch)
 * @param algorithm     the pool's algorithm as a vector file writes it (e.g. "first_fit_align align=64")
 * @param threads       logical threads in the run
 * @param workload      the workload in words, as the user would give it again
 * @param seed          the seed of the workload (and of the schedule, for scheduled runs)
 */
public record TraceHeader(int minAllocOrder, String variant, String algorithm, List<ChunkGeometry> chunks,
        int threads, String workload, long seed) {

    /** @throws dev.poolscope.core.PoolLimitException when the pool is over {@link PoolLimits#TRACED} */
    public TraceHeader {
        chunks = List.copyOf(chunks);
        long bits = 0;
        for (int i = 0; i < chunks.size(); i++) {
            bits = PoolLimits.TRACED.addChunk(i, bits, chunks.get(i).start(), chunks.get(i).size(), minAllocOrder);
        }
    }

    /** The header of a run on {@code pool} as it is now. */
    public static TraceHeader of(GenPool pool, int threads, String workload, long seed) {
        List<ChunkGeometry> chunks = pool.chunks().stream().map(ChunkGeometry::of)
                .sorted(Comparator.comparingInt(ChunkGeometry::id)).toList();
        return new TraceHeader(pool.minAllocOrder(), pool.variant().id(), pool.algorithm().describe(), chunks,
                threads, workload, seed);
    }
}
