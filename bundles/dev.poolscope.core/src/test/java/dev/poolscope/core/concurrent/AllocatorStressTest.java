package dev.poolscope.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;

import java.util.stream.Stream;

import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random alloc/free from 2, 4 and 8 threads on one shared {@link StressPool}, for every algorithm
 * of every variant that has it. Proves, for these runs: no two live allocations ever share a unit,
 * every address respects its algorithm's placement, the pool balances at every phase barrier
 * (bitmap equals the live allocations, avail equals size minus the live rounded bytes) and is
 * empty again at the end. Mainline runs with 4 and 8 threads must also show that they raced:
 * failed CASes, and rollbacks that cleared bits.
 */
class AllocatorStressTest {

    private static final int PHASES = 5;
    private static final int OPS_PER_PHASE = 4_000;

    static Stream<Arguments> runs() {
        Stream.Builder<Arguments> runs = Stream.builder();
        for (int threads : new int[] {2, 4, 8}) {
            for (AlgorithmCase algorithms : AlgorithmCase.values()) {
                runs.add(Arguments.of(Variant.MAINLINE, algorithms, threads));
                runs.add(Arguments.of(Variant.PRE_PATCH, algorithms, threads));
            }
            runs.add(Arguments.of(Variant.V4_PATCH, AlgorithmCase.FIRST_FIT, threads)); // the v4 patch has first-fit only
        }
        return runs.build();
    }

    @ParameterizedTest(name = "{0} {1} x{2}")
    @MethodSource("runs")
    void liveAllocationsNeverOverlapAndTheQuietPoolBalances(Variant variant, AlgorithmCase algorithms, int threads,
            TestReporter reporter) throws InterruptedException {
        ContentionProbe contention = new RaceWideningProbe();
        StressRun run = new StressRun(variant + " " + algorithms, StressPool.create(variant, contention), algorithms,
                threads, 1000L * threads + 100L * algorithms.ordinal());
        run.run(PHASES, OPS_PER_PHASE);
        reporter.publishEntry("contention", contention.toString());
        if (variant == Variant.MAINLINE && threads >= 4) {
            assertTrue(contention.casFailures() > 0, () -> run.describe() + ": no CAS ever failed (" + contention + ")");
            assertTrue(contention.rollbacks() > 0, () -> run.describe() + ": no rollback cleared bits (" + contention + ")");
        }
    }
}
