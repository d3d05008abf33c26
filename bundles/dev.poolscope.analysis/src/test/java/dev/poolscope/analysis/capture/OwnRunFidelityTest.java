package dev.poolscope.analysis.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Captures written from runs of our own allocator pass the fidelity check; the same run with one
 * allocation's address written one unit off fails, first at that allocation.
 */
class OwnRunFidelityTest {

    private static final int OPS = 600;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void aRunOfOurAllocatorPassesAndOneFlippedAddressFailsAtItsSeq(long seed) throws IOException {
        List<Long> successful = new ArrayList<>();
        FidelityReport clean = FidelityCheck.check(CaptureText.write(dir, OwnRunCapture.generate(seed, OPS, -1, successful)));

        PoolFidelity pool = clean.pools().get(0);
        assertTrue(pool.passed(), () -> pool.divergences() + " " + pool.problems() + " " + pool.end());
        assertEquals(EndComparison.State.EQUAL, pool.end().state(), pool.end().difference());
        assertTrue(pool.allocs() > OPS / 2, "allocs " + pool.allocs());
        assertTrue(pool.kernelFailed() > 0, "some allocations fail, so failure is checked too");
        assertEquals(5, pool.algorithms().stream().map(a -> a.split(" ")[0]).distinct().count(), pool.algorithms().toString());

        long flip = successful.get(successful.size() / 2);
        FidelityReport flipped = FidelityCheck.check(CaptureText.write(dir, OwnRunCapture.generate(seed, OPS, flip, new ArrayList<>())));
        PoolFidelity bad = flipped.pools().get(0);
        assertFalse(bad.passed());
        assertFalse(flipped.passed());
        assertEquals(flip, bad.firstDivergence().orElseThrow().seq(), bad.divergences().toString());
        Divergence first = bad.firstDivergence().orElseThrow();
        assertEquals(first.replayAddress() + (1L << pool.order()), first.kernelAddress());
    }
}
