package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.testkit.LabelledScript;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.SmallBlocks;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;
import dev.poolscope.ui.views.FragmentationView;
import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.PoolsView;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who holds the pool, in the workbench, on a hand-written labelled trace as an import makes them:
 * 4 KiB of 32-byte units, 1 KiB set before the trace; dma asks 2 KiB, then gpwork 1,000 B (1 KiB
 * held): the pool is full, and a 32-byte alloc by T0 fails. The Pools view's holder rows follow the
 * event, the failure line says who held what, and the Heat Grid colours by caller by default.
 */
@ExtendWith(InWorkbench.class)
class WhoHoldsThePoolTest {

    private static final String DMA = "dma_alloc+0x5/0x40";
    private static final String GPWORK = "gpwork_run+0x127/0x1000";

    @TempDir
    static Path dir;
    private static Path labelled;
    private static long dmaAllocated;
    private static long gpworkAllocated;

    private final Sessions sessions = Sessions.workbench();

    @BeforeAll
    static void record() throws Exception {
        LabelledScript script = new LabelledScript(List.of(DMA, GPWORK));
        script.alloc(1 << 10);
        script.start();
        script.alloc(2 << 10, 0);
        dmaAllocated = script.lastSeq();
        script.alloc(1000, 1);
        gpworkAllocated = script.lastSeq();
        assertEquals(0, script.alloc(32));
        MemoryTrace trace = script.trace();
        labelled = dir.resolve("labelled.pstrace");
        SmallBlocks.write(labelled, trace.header(), trace.events(), 16);
    }

    @BeforeEach
    @AfterEach
    void liveMode() {
        sessions.close();
        UiEvents.drain();
    }

    @Test
    void thePoolsViewListsTheHoldersAtTheCurrentEvent() throws Exception {
        Workbenches.open(labelled);
        PoolsView view = (PoolsView) window().getActivePage().showView(PoolsView.ID);
        sessions.seek(dmaAllocated);
        UiEvents.drain();
        assertEquals(List.of(List.of("dma_alloc+0x5", "2 KiB", "50.0 %", "1", "2 KiB"),
                List.of("before the trace", "1 KiB", "25.0 %", "1", "1 KiB")), view.holders().orElseThrow().rows());
        sessions.seek(gpworkAllocated);
        UiEvents.drain();
        assertEquals(List.of(List.of("dma_alloc+0x5", "2 KiB", "50.0 %", "1", "2 KiB"),
                List.of("before the trace", "1 KiB", "25.0 %", "1", "1 KiB"),
                List.of("gpwork_run+0x127", "1 KiB", "25.0 %", "1", "1,000 B")), view.holders().orElseThrow().rows());
        sessions.close();
        UiEvents.drain();
        assertTrue(view.holders().isEmpty(), "live mode has no holders table");
    }

    @Test
    void theFailureLineSaysWhoHeldThePool() throws Exception {
        TraceSession session = Workbenches.open(labelled);
        FragmentationView view = (FragmentationView) window().getActivePage().showView(FragmentationView.ID);
        FailedAlloc failure = session.series().fragmentation().failures().get(0);
        sessions.seek(failure.at());
        UiEvents.drain();
        assertEquals("Failed allocation (thread T0, numbers as its search began): " + failure.describe()
                + "; held then: " + DMA + " 2 KiB in 1 allocation (50.0 %), before the trace 1 KiB in 1 allocation"
                + " (25.0 %), " + GPWORK + " 1 KiB in 1 allocation (25.0 %)", view.panel().failureText());
    }

    @Test
    void theHeatGridColoursByCallerForATraceWithLabelsAndByThreadForOneWithout() throws Exception {
        Workbenches.open(labelled);
        HeatGridView view = (HeatGridView) window().getActivePage().showView(HeatGridView.ID);
        UiEvents.drain();
        assertTrue(view.colourByCallerAction().isEnabled());
        assertTrue(view.colourByCallerAction().isChecked());
        assertTrue(view.traceGrid().orElseThrow().colourByCaller());
        view.colourByCallerAction().setChecked(false);
        view.colourByCallerAction().run();
        assertFalse(view.traceGrid().orElseThrow().colourByCaller(), "the toggle turns it off");

        Path plain = dir.resolve("overfilled.pstrace");
        Recorded.toFile(Recorded.overfilledPool(), plain);
        Workbenches.open(plain);
        UiEvents.drain();
        assertFalse(view.colourByCallerAction().isEnabled(), "a trace without labels has no callers to colour by");
        assertFalse(view.traceGrid().orElseThrow().colourByCaller());
    }
}
