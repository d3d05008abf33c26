package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.run;
import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.failure.FailureText;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.MetricRows;
import dev.poolscope.core.Algorithm;
import dev.poolscope.model.Landmark;
import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.model.holders.Holders;
import dev.poolscope.model.holders.HoldersText;
import dev.poolscope.testkit.LostRace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.ui.charts.ChartCanvas;
import dev.poolscope.ui.charts.ChartStack;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.fragmentation.FragmentationPanel;
import dev.poolscope.ui.live.DemoShare;
import dev.poolscope.ui.session.ChunkChoice;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceSession;
import dev.poolscope.ui.views.FragmentationView;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fragmentation view in the workbench, on a trace of an overfilled pool stepped through every
 * failure: its numbers are those of the analysis bundle on the event's words, its request size is the
 * last request's units, its failure line gives the reason from free units and the longest extent
 * counted here bit by bit in the state the search began on, and its charts' cursor follows the event.
 */
@ExtendWith(InWorkbench.class)
class FragmentationViewTest {

    @TempDir
    static Path dir;
    private static Path trace;

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
        TraceSession session = Workbenches.open(trace);
        ReplayModel model = session.model();
        FragmentationView view = (FragmentationView) window().getActivePage().showView(FragmentationView.ID);
        assertTrue(model.count(Landmark.FAILURE) >= 2);
        List<FailedAlloc> failures = session.series().fragmentation().failures();
        assertEquals(model.count(Landmark.FAILURE), failures.size(), "the series has every failure the model marks");
        for (int i = 0; i < model.count(Landmark.FAILURE); i++) {
            run(PoolscopeCommands.NEXT_FAILURE);
            UiEvents.drain();
            long seq = sessions.seq();
            FragmentationPanel panel = view.panel();
            assertEquals(lastRequestUnits(model, seq), panel.requestUnits(), "n at " + seq);
            ExtentStats stats = poolExtents(model.header(), model.stateAt(seq));
            assertEquals(expectedValues(stats, panel.requestUnits()), values(panel).subList(0, 8), "at " + seq);
            assertArrayEquals(Arrays.copyOf(stats.histogram(), panel.histogram().counts().length),
                    panel.histogram().counts());
            assertEquals(failures.get(i).at(), seq, "failure " + i);
            assertEquals("Failed allocation (thread T" + model.eventAt(seq).orElseThrow().thread()
                    + ", numbers as its search began): " + naiveFailure(model, seq).describe() + "; "
                    + HoldersText.heldThen(Holders.at(model, seq), FailureText.TOP_HOLDERS), panel.failureText());
            assertTrue(panel.headingText().startsWith("Whole pool"), panel.headingText());
            ChartStack charts = panel.charts().orElseThrow();
            charts.charts().forEach(chart -> assertEquals(seq, chart.cursor(), "the cursor follows the event"));
            assertEquals(i, panel.failures().orElseThrow().control().getSelectionIndex(), "the failure's row");
        }
    }

    /** In its place in the short bottom folder (not maximized) every chart keeps a plot to read; the pane scrolls. */
    @Test
    void inPlaceEveryChartKeepsRoomForItsPlot() throws Exception {
        Workbenches.open(trace);
        FragmentationView view = (FragmentationView) window().getActivePage().showView(FragmentationView.ID);
        UiEvents.drain();
        for (ChartCanvas chart : view.panel().charts().orElseThrow().charts()) {
            ControlPixels.of(chart.control()); // a paint: it places the plot area
            assertTrue(chart.plotArea().height > 50, "plot area " + chart.plotArea() + " of " + chart.control().getSize());
        }
    }

    /** A click in a chart seeks to the event under it; a click on a failure's row seeks to that failure. */
    @Test
    void aClickInAChartOrOnAFailureSeeks() throws Exception {
        TraceSession session = Workbenches.open(trace);
        FragmentationView view = (FragmentationView) window().getActivePage().showView(FragmentationView.ID);
        IWorkbenchPage page = window().getActivePage();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED); // room for the charts' plots
        try {
            clicksSeek(session, view);
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private void clicksSeek(TraceSession session, FragmentationView view) {
        UiEvents.drain();
        ChartCanvas chart = view.panel().charts().orElseThrow().charts().get(0);
        ControlPixels.of(chart.control()); // a paint: it places the plot area the click is mapped by
        assertTrue(chart.plotArea().width > 100, "plot area " + chart.plotArea() + " of " + chart.control().getSize());
        long target = session.model().lastSeq() / 3;
        int x = chart.xOf(target);
        long under = chart.seqAt(x).orElseThrow();
        assertTrue(Math.abs(under - target) <= session.model().lastSeq() / chart.plotArea().width + 1, "x of " + target);
        click(chart, x, chart.plotArea().y + chart.plotArea().height / 2);
        UiEvents.drain();
        assertEquals(under, sessions.seq());
        assertEquals(under, chart.cursor());

        Table rows = view.panel().failures().orElseThrow().control();
        FailedAlloc last = session.series().fragmentation().failures().get(rows.getItemCount() - 1);
        rows.setSelection(rows.getItemCount() - 1);
        rows.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        UiEvents.drain();
        assertEquals(last.at(), sessions.seq());
        assertTrue(view.panel().failureText().contains(last.describe() + "; held then: "), view.panel().failureText());
    }

    /** On a two-thread trace whose one failure lost its units to the other thread, the line names the lost race. */
    @Test
    void aLostRaceIsNamedFromTheTrace() throws Exception {
        Path raced = dir.resolve("lost-race.pstrace");
        Recorded.toFile(LostRace.scenario(Algorithm.firstFit()), raced);
        Workbenches.open(raced);
        FragmentationView view = (FragmentationView) window().getActivePage().showView(FragmentationView.ID);
        run(PoolscopeCommands.NEXT_FAILURE);
        UiEvents.drain();
        String line = view.panel().failureText();
        assertTrue(line.startsWith("Failed allocation (thread T0, numbers as its search began): "
                + FailureReason.LOST_RACE.label() + ": "
                + LostRace.UNITS + " units"), line);
        assertEquals(1, view.panel().failures().orElseThrow().control().getItemCount());
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

        // a failure the demo's workers tell (as they do when alloc returns 0) shows with its reason by the live rule
        DemoShare share = new DemoShare();
        try {
            FailedAlloc told = share.take().failures().failed(2, 1L << 40); // more than the pool holds: no space
            assertEquals(FailureReason.NO_SPACE, told.reason());
            UiEvents.until(() -> view.panel().failureText().equals(FragmentationPanel.liveFailureLine(told)),
                    "the live view's failure line names the told failure: " + view.panel().failureText());
            assertTrue(view.panel().failureText().contains("no space: "), view.panel().failureText());
        } finally {
            share.giveBack();
        }
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

    /**
     * The failure at {@code seq} from F and L counted bit by bit in the pool at its thread's ALLOC_BEGIN;
     * first-fit takes any long-enough extent, so one there (L &ge; n) was taken by another thread.
     */
    private static FailedAlloc naiveFailure(ReplayModel model, long seq) throws Exception {
        Event end = model.eventAt(seq).orElseThrow();
        long begin = seq;
        do {
            begin = model.previousEventOf(end.thread(), begin).orElseThrow();
        } while (model.eventAt(begin).orElseThrow().kind() != EventKind.ALLOC_BEGIN);
        PoolState before = model.stateAt(begin);
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
        assertEquals(Algorithm.firstFit().describe(), model.header().algorithm(), "the rule below is first-fit's");
        long unit = 1L << model.header().minAllocOrder();
        long units = (end.p0() + unit - 1) / unit;
        return FailedAlloc.of(seq, end.thread(), end.p0(), units, free, longest, longest >= units);
    }

    private static void click(ChartCanvas chart, int x, int y) {
        org.eclipse.swt.widgets.Event down = new org.eclipse.swt.widgets.Event();
        down.button = 1;
        down.x = x;
        down.y = y;
        chart.control().notifyListeners(SWT.MouseDown, down);
        org.eclipse.swt.widgets.Event up = new org.eclipse.swt.widgets.Event();
        up.button = 1;
        chart.control().notifyListeners(SWT.MouseUp, up);
    }

    private static List<String> values(FragmentationPanel panel) {
        return panel.table().rows().stream().map(MetricRows.Row::value).toList();
    }
}
