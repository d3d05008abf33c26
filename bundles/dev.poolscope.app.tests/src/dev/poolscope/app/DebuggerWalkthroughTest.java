package dev.poolscope.app;

import static dev.poolscope.app.Workbenches.run;
import static dev.poolscope.app.Workbenches.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.Rollback;
import dev.poolscope.model.explain.PseudoCode;
import dev.poolscope.model.explain.Statement;
import dev.poolscope.model.explain.ThreadLine;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.ThreadColours;
import dev.poolscope.ui.commands.PoolscopeCommands;
import dev.poolscope.ui.heatgrid.Palette;
import dev.poolscope.ui.heatgrid.TraceGrid;
import dev.poolscope.ui.inspector.StepInspector;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.timeline.Timeline;
import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.InspectorView;
import dev.poolscope.ui.views.TimelineView;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a teacher does in the workbench: open the cross-word-rollback scenario's trace, jump to its
 * first rollback, and read it in the Step Inspector and the Heat Grid; then click the Timeline and
 * see every view follow.
 */
@ExtendWith(InWorkbench.class)
class DebuggerWalkthroughTest {

    @TempDir
    Path dir;

    /** A y inside the first thread's lane: lanes start below the 28-pixel time axis and are at least 16 pixels high. */
    private static final int LANE_0_Y = 36;

    private final Sessions sessions = Sessions.workbench();
    private ReplayModel model;

    @BeforeEach
    void openTheScenarioTrace() throws Exception {
        Path trace = dir.resolve("cross-word-rollback.pstrace");
        Recorded.toFile(Scenarios.byName("cross-word-rollback"), trace);
        model = Workbenches.open(trace).model();
    }

    @AfterEach
    void backToLive() {
        sessions.close();
        UiEvents.drain();
    }

    @Test
    void theFirstRollbackReadsInTheInspectorAndShowsInTheHeatGrid() throws Exception {
        run(PoolscopeCommands.NEXT_ROLLBACK);
        UiEvents.drain();
        long seq = model.next(Landmark.ROLLBACK, model.firstSeq()).orElseThrow();
        assertEquals(seq, sessions.seq(), "F8 lands on the first rollback");
        Rollback rollback = model.rollbacks().at(seq).orElseThrow();

        StepInspector inspector = view(InspectorView.ID, InspectorView.class).inspector();
        assertEquals("T0 rolls back: clearing bits 60..63 it had set", inspector.narrative());
        PseudoCode code = PseudoCode.forVariant(model.header().variant());
        int rollbackLine = code.lineOf(Statement.ROLLBACK).orElseThrow();
        assertTrue(inspector.highlightedLines().contains(new ThreadLine(rollback.thread(), rollbackLine)),
                () -> "T0's line is the rollback: " + inspector.highlightedLines());
        assertEquals(0xfL << 60, inspector.wordDiff().orElseThrow().halfDone(), "the word shows the held bits");

        TraceGrid grid = view(HeatGridView.ID, HeatGridView.class).traceGrid().orElseThrow();
        assertEquals(seq, grid.bitmap().seq(), "the heat grid shows the same event");
        ImageData pixels = ControlPixels.of(grid.control());
        RGB red = rgb(Palette.ROLLBACK);
        RGB hue = rgb(ThreadColours.of(rollback.thread()));
        for (long bit = 60; bit < 64; bit++) {
            Rectangle cell = grid.cellOnCanvas(rollback.chunk(), bit);
            assertTrue(count(pixels, cell, red) > 0, "bit " + bit + " is outlined in red: the rollback clears it");
            assertTrue(count(pixels, cell, hue) > 0, "bit " + bit + " is striped in T0's hue: T0 set it");
        }
        Rectangle untouched = grid.cellOnCanvas(rollback.chunk(), 59);
        assertEquals(0, count(pixels, untouched, red), "bit 59 belongs to a finished allocation: no outline");
    }

    @Test
    void aClickOnTheTimelineMovesEveryView() throws Exception {
        long before = sessions.seq();
        Timeline timeline = view(TimelineView.ID, TimelineView.class).timeline();
        Point size = timeline.control().getSize();
        assertTrue(size.x > 100 && size.y > 20, "the timeline is on screen: " + size);
        click(timeline.control(), size.x * 2 / 3, LANE_0_Y);
        UiEvents.drain();

        long seq = sessions.seq();
        assertNotEquals(before, seq, "the click seeks");
        assertEquals(seq, timeline.cursor());
        assertTrue(model.eventAt(seq).isPresent(), "to an event of the trace");
        StepInspector inspector = view(InspectorView.ID, InspectorView.class).inspector();
        assertTrue(inspector.control().isVisible());
        TraceGrid grid = view(HeatGridView.ID, HeatGridView.class).traceGrid().orElseThrow();
        assertEquals(seq, grid.bitmap().seq(), "the heat grid follows");
        assertEquals(model.stateAt(seq), grid.bitmap().state());
    }

    private static <T> T view(String id, Class<T> type) throws PartInitException {
        IWorkbenchPage page = window().getActivePage();
        T view = type.cast(page.showView(id));
        UiEvents.drain();
        return view;
    }

    private static void click(Control control, int x, int y) {
        for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
            Event e = new Event();
            e.x = x;
            e.y = y;
            e.button = 1;
            control.notifyListeners(type, e);
        }
    }

    /** What {@code control} paints, as its pixels. */
    private static long count(ImageData pixels, Rectangle area, RGB colour) {
        long found = 0;
        for (int y = Math.max(0, area.y); y < Math.min(pixels.height, area.y + area.height); y++) {
            for (int x = Math.max(0, area.x); x < Math.min(pixels.width, area.x + area.width); x++) {
                found += pixels.palette.getRGB(pixels.getPixel(x, y)).equals(colour) ? 1 : 0;
            }
        }
        return found;
    }

    private static RGB rgb(int colour) {
        return new RGB((colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff);
    }
}
