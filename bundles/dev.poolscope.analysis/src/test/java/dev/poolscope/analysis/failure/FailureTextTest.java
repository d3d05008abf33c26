package dev.poolscope.analysis.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.holders.Holders;
import dev.poolscope.testkit.LabelledScript;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A failed allocation of a hand-written labelled trace says who held the pool then. The 4 KiB pool
 * of 32-byte units: 1 KiB set before the trace (units 0-31), then dma 2 KiB (units 32-95) and gpwork
 * 1,000 B (units 96-127, 1 KiB held): full, so a 32-byte alloc by T0 fails for want of space.
 */
class FailureTextTest {

    @Test
    void theFailureLineNamesTheHoldersAtItsEventMostFirst() throws Exception {
        LabelledScript script = new LabelledScript(List.of("dma_alloc+0x5/0x40", "gpwork_run+0x127/0x1000"));
        script.alloc(1 << 10);
        script.start();
        script.alloc(2 << 10, 0);
        script.alloc(1000, 1);
        assertEquals(0, script.alloc(32));
        ReplayModel model = ReplayModel.open(script.trace());
        List<FailedAlloc> failures = TraceSeries.of(script.trace()).fragmentation().failures();
        assertEquals(1, failures.size());
        FailedAlloc failure = failures.get(0);
        assertEquals("Failed allocation (thread T0, numbers as its search began): " + failure.describe()
                + "; held then: dma_alloc+0x5/0x40 2 KiB in 1 allocation (50.0 %), before the trace 1 KiB in 1 allocation"
                + " (25.0 %), gpwork_run+0x127/0x1000 1 KiB in 1 allocation (25.0 %)",
                FailureText.of(failure, Holders.at(model, failure.at())));
    }
}
