package dev.poolscope.benchmarks;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the probe hooks cost on the standard single-thread alloc/free mix: a 4 MiB chunk at order 5,
 * first-fit, blocks of 32..2048 bytes held around half the pool. Compared side by side in one run:
 * {@code none} (no probe installed, the product's default), {@code empty} (a probe of another class
 * whose methods do nothing) and {@code counting} (a probe that counts CAS attempts, the lightest
 * real observer). One op is one alloc plus one free.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(3)
public class ProbeCostBenchmark {

    /** Live blocks held: about half of the 4 MiB pool at the mean request of 1 KiB. */
    private static final int LIVE = 2048;

    @Param({"none", "empty", "counting"})
    public String probe;

    private GenPool pool;
    private final long[] liveAddress = new long[LIVE];
    private final long[] liveSize = new long[LIVE];
    private final long[] sizes = new long[1 << 16];
    private int next;
    private int victim;

    /** A probe that does nothing, of its own class, so its calls are not the default's. */
    static final class EmptyProbe implements Probe {
    }

    /** Counts CAS attempts: the least a recorder does. */
    static final class CountingProbe implements Probe {
        long cas;

        @Override
        public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
            cas++;
        }
    }

    @Setup(Level.Trial)
    public void fill() {
        Probe installed = switch (probe) {
            case "none" -> Probe.NONE;
            case "empty" -> new EmptyProbe();
            case "counting" -> new CountingProbe();
            default -> throw new IllegalArgumentException(probe);
        };
        pool = GenPool.create(5, Variant.MAINLINE, installed);
        pool.addChunk(0x1000_0000L, 0, 4L << 20);
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = random.nextLong(32, 2049);
        }
        for (int i = 0; i < LIVE; i++) {
            liveSize[i] = sizes[i];
            liveAddress[i] = pool.alloc(sizes[i]);
        }
    }

    /** Frees the oldest live block (if its allocation succeeded) and allocates a new one in its place. */
    @Benchmark
    public long freeThenAlloc() {
        if (liveAddress[victim] != 0) {
            pool.free(liveAddress[victim], liveSize[victim]);
        }
        long size = sizes[next];
        next = (next + 1) & (sizes.length - 1);
        long address = pool.alloc(size);
        liveAddress[victim] = address;
        liveSize[victim] = size;
        victim = (victim + 1) % LIVE;
        return address;
    }
}
