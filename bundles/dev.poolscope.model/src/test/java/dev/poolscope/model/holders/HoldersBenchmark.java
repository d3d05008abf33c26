package dev.poolscope.model.holders;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.testkit.PrefilledRun;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the holders cost per step on a labelled trace of about a million events: a step of the Heat
 * Grid ({@link EventBitmap#at}) alone, then with {@link Holders#at} at the same event (the Pools
 * view's), and {@link Holders#at} at an event no view asked for yet. Tagged "benchmark", which the
 * default build excludes; run it as OpenBenchmark says, with {@code -Dtest=HoldersBenchmark}.
 */
@Tag("benchmark")
class HoldersBenchmark {

    private static final int STEPS = 200;

    @Test
    void holdersAddLittleToAStep() throws Exception {
        PrefilledRun run = PrefilledRun.record(3, 200, 120_000, List.of("a+0x1/0x10", "b+0x2/0x20", "c+0x3/0x30"));
        ReplayModel model = ReplayModel.open(run.trace());
        assertTrue(model.lastSeq() > 500_000, "events: " + model.lastSeq());
        long[] seqs = new Random(1).longs(STEPS, 0, model.lastSeq()).toArray();
        for (int round = 0; round < 3; round++) { // the last round is the one printed: the JIT has warmed up
            long bitmapOnly = 0;
            long withHolders = 0;
            long coldHolders = 0;
            for (long seq : seqs) {
                long start = System.nanoTime();
                EventBitmap.at(model, seq);
                long bitmap = System.nanoTime();
                Holders.at(model, seq);
                long holders = System.nanoTime();
                Holders.at(model, seq + 1);
                long cold = System.nanoTime();
                bitmapOnly += bitmap - start;
                withHolders += holders - bitmap;
                coldHolders += cold - holders;
            }
            System.out.printf(Locale.ROOT, "%,d events, %,d allocations: per step EventBitmap.at %.3f ms, then Holders.at"
                    + " at the same event %.3f ms, Holders.at at a new event %.3f ms%n", model.lastSeq() + 1,
                    model.allocations().size(), bitmapOnly / 1e6 / STEPS, withHolders / 1e6 / STEPS,
                    coldHolders / 1e6 / STEPS);
        }
    }
}
