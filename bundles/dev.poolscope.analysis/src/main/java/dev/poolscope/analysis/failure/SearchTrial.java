package dev.poolscope.analysis.failure;

import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.core.Algorithm;
import dev.poolscope.core.AlgorithmText;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.TraceHeader;

/**
 * Whether a trace's pool would have served a request in a given bitmap state: the real allocator
 * asked on a copy of the pool in that state, so every algorithm and variant (alignment, the fixed
 * offset, the v4 patch's search start) answers exactly as it did in the run. The copy is made by
 * filling each chunk, newest last like the recorded pool, and freeing its free extents.
 */
final class SearchTrial {

    private final TraceHeader header;
    private final Variant variant;
    private final Algorithm algorithm;

    SearchTrial(TraceHeader header) {
        this.header = header;
        this.variant = Variant.byId(header.variant());
        this.algorithm = AlgorithmText.parse(header.algorithm());
    }

    /**
     * True when the longest extent alone decides: first-fit and best-fit search every chunk from its
     * first unit (not the v4 patch, which carries its search start over) and take any long-enough extent.
     */
    boolean largestDecides() {
        boolean anyExtent = algorithm == Algorithm.firstFit() || algorithm == Algorithm.bestFit();
        return anyExtent && variant != Variant.V4_PATCH;
    }

    /** Whether an alloc of {@code bytes} gets memory when the chunks' words are {@code words} (by chunk id). */
    boolean fits(long[][] words, long bytes) {
        int order = header.minAllocOrder();
        GenPool pool = GenPool.create(order, variant);
        for (ChunkGeometry chunk : header.chunks()) {
            pool.addChunk(chunk.start(), chunk.phys(), chunk.size());
            long units = chunk.size() >>> order;
            // the chunk just added heads the list, so a first-fit alloc of all its units takes exactly it
            if (units > 0 && pool.alloc(units << order, Algorithm.firstFit()) != chunk.start()) {
                throw new IllegalStateException("could not fill " + chunk + " to copy its state");
            }
            ExtentStats free = ExtentStats.ofChunk(words[chunk.id()], units);
            for (int i = 0; i < free.extents(); i++) {
                pool.free(chunk.start() + (free.extentStart(i) << order), free.extentLength(i) << order);
            }
        }
        pool.setAlgorithm(algorithm);
        return pool.alloc(bytes) != 0;
    }
}
