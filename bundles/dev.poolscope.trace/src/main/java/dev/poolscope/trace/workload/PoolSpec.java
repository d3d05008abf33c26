package dev.poolscope.trace.workload;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.PoolLimits;
import dev.poolscope.core.Probe;
import dev.poolscope.core.SearchMode;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.ChunkGeometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pool a run works on: its unit order, its chunks in order of addition (chunk {@code i} gets id
 * {@code i}; the newest is searched first), its algorithm and its variant.
 */
public record PoolSpec(int minAllocOrder, List<ChunkSpec> chunks, Algorithm algorithm, Variant variant) {

    /**
     * @throws IllegalArgumentException when there is no chunk, two chunks overlap, the order is out
     *                                  of range, the variant lacks the algorithm, or the pool is over
     *                                  {@link PoolLimits#TRACED} (checked before any pool is created)
     */
    public PoolSpec {
        chunks = List.copyOf(chunks);
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(variant, "variant");
        if (chunks.isEmpty()) {
            throw new IllegalArgumentException("a pool needs at least one chunk");
        }
        for (int i = 0; i < chunks.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (chunks.get(i).overlaps(chunks.get(j))) {
                    throw new IllegalArgumentException(String.format("chunk %d [0x%x-0x%x] overlaps chunk %d [0x%x-0x%x]",
                            i, chunks.get(i).start(), chunks.get(i).end(), j, chunks.get(j).start(), chunks.get(j).end()));
                }
            }
        }
        // the core knows which orders and algorithms a variant takes: ask an empty pool
        GenPool.create(minAllocOrder, variant).setAlgorithm(algorithm);
        long bits = 0;
        for (int i = 0; i < chunks.size(); i++) {
            bits = PoolLimits.TRACED.addChunk(i, bits, chunks.get(i).start(), chunks.get(i).size(), minAllocOrder);
        }
    }

    /** The pool, with its chunks added on the calling thread, reporting to {@code probe}. */
    public GenPool create(Probe probe) {
        return create(probe, SearchMode.SUMMARIES);
    }

    /** The pool as {@link #create(Probe)} makes it, its bitmaps searched as {@code search} says. */
    public GenPool create(Probe probe, SearchMode search) {
        GenPool pool = GenPool.create(minAllocOrder, variant, probe, search);
        pool.setAlgorithm(algorithm);
        for (ChunkSpec chunk : chunks) {
            pool.addChunk(chunk.start(), chunk.start(), chunk.size());
        }
        return pool;
    }

    /** Bytes over all chunks. */
    public long bytes() {
        long sum = 0;
        for (ChunkSpec chunk : chunks) {
            sum += chunk.size();
        }
        return sum;
    }

    /** Bytes a request of {@code size} bytes takes: rounded up to whole units. */
    public long roundedBytes(long size) {
        return GenPool.bitsFor(size, minAllocOrder) << minAllocOrder;
    }

    /** The chunks as a trace header lists them, by id. */
    public List<ChunkGeometry> geometry() {
        List<ChunkGeometry> geometry = new ArrayList<>();
        for (int id = 0; id < chunks.size(); id++) {
            geometry.add(new ChunkGeometry(id, chunks.get(id).start(), chunks.get(id).start(), chunks.get(id).size()));
        }
        return geometry;
    }

    /** The same pool under another variant. */
    public PoolSpec withVariant(Variant other) {
        return new PoolSpec(minAllocOrder, chunks, algorithm, other);
    }
}
