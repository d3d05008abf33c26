package dev.poolscope.benchmarks;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Bitmap;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.SearchMode;
import dev.poolscope.trace.workload.Workload;

import java.util.Locale;
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
 * The bitmap search alone, as the allocator calls it: {@link Algorithm#find} from bit 0 over one
 * chunk's bitmap, which it only reads. The bitmap ({@code bits} bits, order 5, so a 32 KiB to 32 MiB
 * chunk) is built once per trial by {@link ChurnedBitmap} at {@code fill} (the same bitmap for every
 * algorithm; the fill it reached is printed in the benchmark's output); each call asks for the next
 * request of a seeded sequence of 1..64 bits (the standard workload's 32..2048-byte sizes). A
 * request that does not fit scans the whole bitmap, as in the pool. <b>One op is one search.</b>
 *
 * <p>{@code impl} is the {@link SearchMode}: {@code reference}, the straight port of the kernel's
 * search, or {@code summaries}, the allocator's default, which skips groups of words by their run
 * summaries; both search the same words (the reference through {@link Bitmap#referenceView()}),
 * built by the same seed, with the same requests. The summaries start unknown and are tightened by
 * the warm-up's searches, as a pool's are by its allocations. {@code first_fit_align} aligns to 512
 * bytes (16 units).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class SearchBenchmark {

    private static final long CHUNK_START = ChurnedBitmap.CHUNK_START;
    private static final int ORDER = ChurnedBitmap.ORDER;
    private static final int REQUESTS = 1 << 12;

    @Param({"first_fit", "first_fit_align", "first_fit_order_align", "best_fit"})
    public String algo;

    @Param({"0.10", "0.50", "0.90", "0.99"})
    public double fill;

    @Param({"1024", "65536", "1048576"})
    public long bits;

    @Param({"reference", "summaries"})
    public String impl;

    private Algorithm algorithm;
    private Bitmap map;
    private final long[] requests = new long[REQUESTS];
    private int next;

    @Setup(Level.Trial)
    public void build() {
        algorithm = algorithm(algo);
        Bitmap churned = ChurnedBitmap.of(bits, fill, 12).bitmap(); // a pool's default bitmap: kept with summaries
        map = switch (SearchMode.valueOf(impl.toUpperCase(Locale.ROOT))) {
            case REFERENCE -> churned.referenceView();
            case SUMMARIES -> churned;
        };
        System.out.printf("%n# bitmap of %,d bits, %.1f%% set%n", bits, 100 * ChurnedBitmap.filled(map));
        SplittableRandom random = new SplittableRandom(34);
        for (int i = 0; i < REQUESTS; i++) {
            requests[i] = GenPool.bitsFor(Workload.standard().sizes().sample(random), ORDER);
        }
    }

    /** The first bit found, or a value past the end when nothing fits. */
    @Benchmark
    public long search() {
        long nbits = requests[next];
        next = (next + 1) & (REQUESTS - 1);
        return algorithm.find(map, 0, nbits, CHUNK_START, ORDER);
    }

    private static Algorithm algorithm(String name) {
        return switch (name) {
            case "first_fit" -> Algorithm.firstFit();
            case "first_fit_align" -> Algorithm.firstFitAlign(512);
            case "first_fit_order_align" -> Algorithm.firstFitOrderAlign();
            case "best_fit" -> Algorithm.bestFit();
            default -> throw new IllegalArgumentException("no search algorithm " + name);
        };
    }
}
