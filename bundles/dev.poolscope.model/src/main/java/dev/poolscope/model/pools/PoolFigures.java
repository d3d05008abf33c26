package dev.poolscope.model.pools;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.model.PoolState;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.List;

/**
 * A pool as the Pools view shows it at one moment: a live pool now, or a recorded pool at an event.
 *
 * @param name      what the view calls the pool
 * @param variant   the variant's title
 * @param algorithm the algorithm and min order
 * @param chunks    the chunks in list order
 */
public record PoolFigures(String name, String variant, String algorithm, List<ChunkFigures> chunks) {

    public PoolFigures {
        chunks = List.copyOf(chunks);
    }

    /** {@code pool} as it is now. */
    public static PoolFigures of(String name, GenPool pool) {
        List<ChunkFigures> chunks = new ArrayList<>();
        for (Chunk chunk : pool.chunks()) {
            chunks.add(new ChunkFigures(chunk.id(), chunk.start(), chunk.size(), chunk.avail()));
        }
        return new PoolFigures(name, pool.variant().title(), algorithm(pool.algorithm().describe(),
                pool.minAllocOrder()), chunks);
    }

    /** The pool of a trace with {@code header} as it was at {@code state}'s event. */
    public static PoolFigures of(String name, TraceHeader header, PoolState state) {
        List<ChunkFigures> chunks = new ArrayList<>();
        for (int index = 0; index < header.chunks().size(); index++) {
            ChunkGeometry chunk = header.chunks().get(index);
            chunks.add(new ChunkFigures(chunk.id(), chunk.start(), chunk.size(), state.avail(index)));
        }
        return new PoolFigures(name, Variant.byId(header.variant()).title(),
                algorithm(header.algorithm(), header.minAllocOrder()), chunks);
    }

    public long size() {
        return chunks.stream().mapToLong(ChunkFigures::size).sum();
    }

    public long avail() {
        return chunks.stream().mapToLong(ChunkFigures::avail).sum();
    }

    private static String algorithm(String algorithm, int minAllocOrder) {
        return algorithm + ", min order " + minAllocOrder;
    }
}
