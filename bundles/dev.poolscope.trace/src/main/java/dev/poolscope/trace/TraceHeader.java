package dev.poolscope.trace;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.PoolLimits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a trace says about the run it records: the pool's geometry and settings, the workload and
 * its seed, the units already set when it starts, and the labels its LABEL events name. Chunks are
 * listed by id, i.e. in the order they were added to the pool. The pool is within
 * {@link PoolLimits#TRACED}, so that every trace can be replayed.
 *
 * @param minAllocOrder the pool's minimum allocation order
 * @param variant       the variant's id (mainline, v4-patch, pre-patch)
 * @param algorithm     the pool's algorithm as a vector file writes it (e.g. "first_fit_align align=64")
 * @param threads       logical threads in the run
 * @param workload      the workload in words, as the user would give it again
 * @param seed          the seed of the workload (and of the schedule, for scheduled runs)
 * @param start         the units set before the first event, per chunk ({@link StartState#EMPTY} for a new pool)
 * @param labels        the strings LABEL events name by index from 0 (e.g. a kernel caller,
 *                      {@code dma_direct_alloc+0x1a/0x40}); empty when the trace has none
 * @param origin        the trace this one was branched from, and where; empty for a trace that is no branch
 */
public record TraceHeader(int minAllocOrder, String variant, String algorithm, List<ChunkGeometry> chunks,
        int threads, String workload, long seed, StartState start, List<String> labels, Optional<BranchOrigin> origin) {

    /**
     * @throws dev.poolscope.core.PoolLimitException when the pool is over {@link PoolLimits#TRACED}
     * @throws IllegalArgumentException               when the start state lists a chunk the header has
     *                                                not, or a run past its chunk's units, or a branch
     *                                                names a thread the header has not
     */
    public TraceHeader {
        chunks = List.copyOf(chunks);
        labels = List.copyOf(labels);
        Objects.requireNonNull(origin, "origin");
        if (origin.isPresent() && origin.get().thread() >= threads) {
            throw new IllegalArgumentException("the branch's next step is T" + origin.get().thread() + "'s, but the trace has "
                    + threads + " threads");
        }
        long bits = 0;
        for (int i = 0; i < chunks.size(); i++) {
            bits = PoolLimits.TRACED.addChunk(i, bits, chunks.get(i).start(), chunks.get(i).size(), minAllocOrder);
        }
        checkStart(start, chunks, minAllocOrder);
    }

    /** A header that is no branch. */
    public TraceHeader(int minAllocOrder, String variant, String algorithm, List<ChunkGeometry> chunks, int threads,
            String workload, long seed, StartState start, List<String> labels) {
        this(minAllocOrder, variant, algorithm, chunks, threads, workload, seed, start, labels, Optional.empty());
    }

    /** A header with no start state and no labels: a recording from a new pool. */
    public TraceHeader(int minAllocOrder, String variant, String algorithm, List<ChunkGeometry> chunks, int threads,
            String workload, long seed) {
        this(minAllocOrder, variant, algorithm, chunks, threads, workload, seed, StartState.EMPTY, List.of());
    }

    /** This header with {@code text} for its workload: the same run told in other words (its schedule added, say). */
    public TraceHeader withWorkload(String text) {
        return new TraceHeader(minAllocOrder, variant, algorithm, chunks, threads, text, seed, start, labels, origin);
    }

    /** This header, of a branch of {@code from}. */
    public TraceHeader withOrigin(BranchOrigin from) {
        return new TraceHeader(minAllocOrder, variant, algorithm, chunks, threads, workload, seed, start, labels,
                Optional.of(from));
    }

    private static void checkStart(StartState start, List<ChunkGeometry> chunks, int order) {
        if (start.listed() > chunks.size()) {
            throw new IllegalArgumentException("the start state lists " + start.listed() + " chunks, the pool has "
                    + chunks.size());
        }
        for (int chunk = 0; chunk < start.listed(); chunk++) {
            long units = chunks.get(chunk).size() >>> order;
            if (start.chunk(chunk).last() > units) {
                throw new IllegalArgumentException("chunk " + chunk + " has " + units + " units, its start state sets "
                        + start.chunk(chunk));
            }
        }
    }

    /** The header of a run on {@code pool} as it is now, which starts from clear bitmaps. */
    public static TraceHeader of(GenPool pool, int threads, String workload, long seed) {
        return new TraceHeader(pool.minAllocOrder(), pool.variant().id(), pool.algorithm().describe(), geometry(pool),
                threads, workload, seed);
    }

    /**
     * The header of a run on {@code pool} as it is now, its bitmaps as they are now for the start
     * state (a pool with allocations outstanding when the recording starts), with {@code labels}.
     * The pool must be still while this reads it.
     */
    public static TraceHeader ofCurrentState(GenPool pool, int threads, String workload, long seed, List<String> labels) {
        List<Chunk> byId = new ArrayList<>(pool.chunks());
        byId.sort(Comparator.comparingInt(Chunk::id));
        List<long[]> words = new ArrayList<>();
        long[] bitCounts = new long[byId.size()];
        for (Chunk chunk : byId) {
            long[] chunkWords = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(chunkWords);
            words.add(chunkWords);
            bitCounts[chunk.id()] = chunk.bitCount();
        }
        return new TraceHeader(pool.minAllocOrder(), pool.variant().id(), pool.algorithm().describe(), geometry(pool),
                threads, workload, seed, StartState.ofBitmaps(words, bitCounts), labels);
    }

    private static List<ChunkGeometry> geometry(GenPool pool) {
        return pool.chunks().stream().map(ChunkGeometry::of).sorted(Comparator.comparingInt(ChunkGeometry::id)).toList();
    }

    /** The bytes set at the start in chunk {@code chunk}: its start units times the unit. */
    public long startBytes(int chunk) {
        return start.chunk(chunk).units() << minAllocOrder;
    }

    /** Label {@code index}'s text, or "" for -1 (no label). */
    public String label(int index) {
        return index < 0 ? "" : labels.get(index);
    }
}
