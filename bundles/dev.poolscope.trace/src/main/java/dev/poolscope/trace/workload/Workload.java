package dev.poolscope.trace.workload;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.TraceHeader;

import java.util.List;
import java.util.Objects;

/**
 * A workload: how many threads, how long each works, what they allocate and free, on which pool,
 * from which seed. Each thread runs a {@link WorkloadProgram}: it keeps its own live blocks near
 * a target of {@code fill} of the pool divided by the thread count (in rounded bytes), allocating
 * below it and freeing at or above it. {@link #text()} writes the one-line form
 * ({@code threads=4 ops=100000 fill=0.5 ...}) that {@link #parse} reads back.
 *
 * @param threads      logical threads, 1..{@value #MAX_THREADS}
 * @param length       operations per thread, or a time (real threads only)
 * @param fill         the fraction of the pool's bytes the threads together aim to hold, in (0, 1]
 * @param allocPercent below the target, the percentage of steps that allocate (the others free a
 *                     live block); at or above it every step frees. 100 in the standard workload
 * @param sizes        request sizes in bytes
 * @param pool         the pool's order, chunks, algorithm and variant
 * @param seed         the seed of every thread's random choices (and of a random schedule)
 */
public record Workload(int threads, RunLength length, double fill, int allocPercent, SizeDistribution sizes,
        PoolSpec pool, long seed) {

    public static final int MAX_THREADS = 1024;

    private static final Workload STANDARD = new Workload(4, new RunLength.Ops(100_000), 0.5, 100,
            new SizeDistribution.Uniform(32, 2048),
            new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 4L << 20)), Algorithm.firstFit(), Variant.MAINLINE), 1);

    public Workload {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(pool, "pool");
        checkThreads(threads);
        checkFill(fill);
        if (allocPercent < 0 || allocPercent > 100) {
            throw new IllegalArgumentException("the alloc share must be 0..100 percent, got " + allocPercent);
        }
    }

    static int checkThreads(int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1.." + MAX_THREADS + ", got " + threads);
        }
        return threads;
    }

    static double checkFill(double fill) {
        if (!(fill > 0 && fill <= 1)) {
            throw new IllegalArgumentException("fill must be in (0, 1], got " + fill);
        }
        return fill;
    }

    /**
     * The standard workload for performance comparison: a mainline pool of one 4 MiB chunk at
     * 0x10000000 with 32-byte units and first-fit; 4 threads of 100000 operations, each keeping
     * 50% of the pool divided by the thread count live with uniform 32..2048-byte requests; seed 1.
     * Change the thread count with {@link #withThreads}.
     */
    public static Workload standard() {
        return STANDARD;
    }

    /**
     * Reads the one-line form: space-separated {@code key=value} tokens, in any order, each key at
     * most once; a key left out keeps the standard workload's value, so {@code "threads=8"} is the
     * standard workload on 8 threads. The keys:
     * <pre>
     * threads=4                      logical threads
     * ops=100000 | duration=10s      operations per thread, or a time per thread (ms, s, m)
     * fill=0.5                       fraction of the pool the threads together keep live
     * mix=100/0                      below the fill target: percent of steps that alloc / that free
     * sizes=uniform:32..2048         request sizes: uniform:MIN..MAX, pow2:MIN..MAX (powers of two),
     *                                or list:SIZE[*WEIGHT],... (weight 1 when left out)
     * order=5                        minimum allocation order (units of 2^order bytes)
     * chunks=4MiB@0x10000000         chunks in order of addition: [COUNT*]SIZE@ADDRESS,...; COUNT
     *                                chunks of SIZE lie back to back from ADDRESS
     * algo=first_fit                 first_fit, first_fit_align:BYTES, fixed:OFFSET,
     *                                first_fit_order_align, best_fit
     * variant=mainline               mainline, v4-patch, pre-patch
     * seed=1                         seed of the threads' random choices and of a random schedule
     * </pre>
     * Sizes are bytes, with an optional binary suffix K, KiB, M, MiB, G or GiB; addresses are
     * {@code 0x} hex or decimal. The written form has every key, in the order above, request sizes
     * in plain bytes and chunk sizes in the largest binary unit that divides them.
     *
     * @throws WorkloadFormatException naming the token that is wrong and why
     */
    public static Workload parse(String text) {
        return WorkloadText.parse(text);
    }

    /** The one-line form, every key written, that {@link #parse} reads back to an equal workload. */
    public String text() {
        return WorkloadText.format(this);
    }

    public Workload withThreads(int count) {
        return new Workload(count, length, fill, allocPercent, sizes, pool, seed);
    }

    public Workload withSeed(long newSeed) {
        return new Workload(threads, length, fill, allocPercent, sizes, pool, newSeed);
    }

    /** Each thread's target of live bytes (rounded to units): {@code fill} of the pool over the thread count. */
    public long targetBytesPerThread() {
        return (long) (fill * pool.bytes()) / threads;
    }

    /** Thread {@code thread}'s program, fresh: a program is used by one run only. */
    public ThreadProgram program(int thread) {
        return new WorkloadProgram(this, thread);
    }

    /** What a trace of a run of this workload says about it. */
    public TraceHeader header() {
        return new TraceHeader(pool.minAllocOrder(), pool.variant().id(), pool.algorithm().describe(),
                pool.geometry(), threads, text(), seed);
    }

    @Override
    public String toString() {
        return text();
    }
}
