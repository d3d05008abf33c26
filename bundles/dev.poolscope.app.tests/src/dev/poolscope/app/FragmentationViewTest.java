package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.run;
import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.MetricRows;
import dev.poolscope.model.Landmark;
import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.fragmentation.FragmentationPanel;
import dev.poolscope.ui.session.ChunkChoice;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.views.FragmentationView;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fragmentation view in the workbench, on a trace of an overfilled pool stepped from failure to
 * failure: its numbers are those of the analysis bundle on the event's words, its request size is the
 * last request's units, and its failure line gives the reason from free units and the longest extent
 * counted here bit by bit in the state just before.
 */
@ExtendWith(InWorkbench.class)
class FragmentationViewTest {

    @TempDir
    static Path dir;
    private static Path trace;

    /** The failures stepped to: the first dozen, which keeps the test short (every step rereads the trace). */
    private static final int FAILURES_CHECKED = 12;

    private final Sessions sessions = Sessions.workbench();

    @BeforeAll
    static void record() throws Exception {
        trace = dir.resolve("overfilled.pstrace");
        Recorded.toFile(Recorded.overfilledPool(), trace);
    }

    @BeforeEach
    @AfterEach
    void liveMode() {
        sessions.close();
        UiEvents.drain();
    }

    @Test
    void atEveryFailureTheNumbersAreTheAnalysisOfTheEventsWords() throws Exception {
        ReplayModel model = Workbenches.open(trace).model();
        FragmentationView view = (FragmentationView) window().getActivePage().showView(FragmentationView.ID);
        assertTrue(model.count(Landmark.FAILURE) >= 2);
        for (int i = 0; i < Math.min(FAILURES_CHECKED, model.count(Landmark.FAILURE)); i++) {
            run(PoolscopeCommands.NEXT_FAILURE);
            UiEvents.drain();
            long seq = sessions.seq();
            FragmentationPanel panel = view.panel();
            assertEquals(lastRequestUnits(model, seq), panel.requestUnits(), "n at " + seq);
            ExtentStats stats = poolExtents(model.header(), model.stateAt(seq));
            assertEquals(expectedValues(stats, panel.requestUnits()), values(panel).subList(0, 8), "at " + seq);
            assertArrayEquals(Arrays.copyOf(stats.histogram(), panel.histogram().counts().length),
                    panel.histogram().counts());
            assertEquals("Failed allocation (thread T" + model.eventAt(seq).orElseThrow().thread() + "): "
                    + naiveFailure(model, seq).describe(), panel.failureText());
            assertTrue(panel.headingText().startsWith("Whole pool"), panel.headingText());
        }
    }

    @Test
    void aChunkPickedShowsThatChunkAndAnEventWithoutFailureSaysSo() throws Exception {
        ReplayModel model = Workbenches.open(trace).model();
        FragmentationView view = (FragmentationView) window().getActivePage().showView(FragmentationView.ID);
        run(PoolscopeCommands.NEXT_FAILURE);
        do {
            run(PoolscopeCommands.STEP_FORWARD); // to the first event after it that is no failure (ends the trace)
        } while (model.next(Landmark.FAILURE, sessions.seq() - 1).equals(OptionalLong.of(sessions.seq())));
        ChunkChoice.workbench().choose(OptionalInt.of(0));
        UiEvents.drain();
        FragmentationPanel panel = view.panel();
        assertTrue(panel.headingText().startsWith("Chunk 0 of 1"), panel.headingText());
        assertEquals(FragmentationPanel.NO_FAILURE, panel.failureText());
        PoolState state = model.stateAt(sessions.seq());
        ExtentStats chunk = ExtentStats.ofChunk(state.words(0), model.header().chunks().get(0).size() >> model.header().minAllocOrder());
        assertEquals(expectedValues(chunk, panel.requestUnits()), values(panel).subList(0, 8));

        sessions.close();
        UiEvents.drain();
        assertTrue(view.panel().headingText().startsWith("Whole pool"), "closing the trace forgets the chunk picked");
        assertTrue(view.panel().headingText().endsWith("live demo pool"), view.panel().headingText());
        assertEquals(MetricRows.UNKNOWN, values(view.panel()).get(8), "the live requests' sizes are not known");
        assertEquals(FragmentationPanel.LIVE_FAILURES, view.panel().failureText());
    }

    /** The units of the last ALLOC_BEGIN at or before {@code seq}, found by walking the events back. */
    private static long lastRequestUnits(ReplayModel model, long seq) throws Exception {
        for (long at = seq; at >= model.firstSeq(); at--) {
            Event event = model.eventAt(at).orElse(null);
            if (event != null && event.kind() == EventKind.ALLOC_BEGIN) {
                return event.p1();
            }
        }
        return 1;
    }

    private static ExtentStats poolExtents(TraceHeader header, PoolState state) {
        List<ExtentStats> chunks = new ArrayList<>();
        for (int i = 0; i < header.chunks().size(); i++) {
            chunks.add(ExtentStats.ofChunk(state.words(i), header.chunks().get(i).size() >> header.minAllocOrder()));
        }
        return ExtentStats.combine(chunks);
    }

    private static List<String> expectedValues(ExtentStats stats, long n) {
        return List.of(MetricText.count(stats.free()), MetricText.count(stats.extents()), MetricText.count(stats.largest()),
                MetricText.mean(stats.meanExtent()), MetricText.ratio(stats.external()), MetricText.ratio(stats.unusable(n)),
                MetricText.ratio(stats.unusableAligned(n)), MetricText.ratio(stats.fragmentationIndex(n)));
    }

    /** The failure at {@code seq} from F and L counted bit by bit in the pool just before it. */
    private static FailedAlloc naiveFailure(ReplayModel model, long seq) throws Exception {
        PoolState before = model.stateAt(seq - 1);
        long free = 0;
        long longest = 0;
        for (int chunk = 0; chunk < model.header().chunks().size(); chunk++) {
            long run = 0;
            long bits = model.header().chunks().get(chunk).size() >> model.header().minAllocOrder();
            for (long bit = 0; bit < bits; bit++) {
                run = before.isSet(chunk, bit) ? 0 : run + 1;
                free += before.isSet(chunk, bit) ? 0 : 1;
                longest = Math.max(longest, run);
            }
        }
        Event end = model.eventAt(seq).orElseThrow();
        long unit = 1L << model.header().minAllocOrder();
        return FailedAlloc.of(seq, end.thread(), end.p0(), (end.p0() + unit - 1) / unit, free, longest, false);
    }

    private static List<String> values(FragmentationPanel panel) {
        return panel.table().rows().stream().map(MetricRows.Row::value).toList();
    }
}
