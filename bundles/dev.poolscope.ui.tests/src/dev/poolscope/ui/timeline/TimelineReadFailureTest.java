package dev.poolscope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.Rollback;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.WatchedTrace;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.trace.scenario.Scenarios;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trace that cannot be read while the Timeline paints (a file damaged after it was opened): the
 * paint draws from the overview read at opening instead of throwing into the event loop.
 */
class TimelineReadFailureTest {

    private Display display;
    private Shell shell;
    private ReplayModel model;
    private Timeline timeline;
    private WatchedTrace trace;

    @BeforeEach
    void openTimeline() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        MemoryTrace recorded = Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace();
        trace = new WatchedTrace(recorded);
        model = ReplayModel.open(recorded);
        timeline = new Timeline(shell, model, trace, Overviews.of(recorded), seq -> { });
        shell.setSize(1000, 300);
        shell.open();
    }

    @AfterEach
    void closeTimeline() {
        shell.dispose();
    }

    @Test
    void aPaintThatCannotReadTheEventsDrawsTheOverview() {
        ControlPixels.of(timeline.control());
        assertTrue(trace.reads() > 0, "zoomed to fit a short trace, it paints from the events");

        trace.breakReads();
        shell.setSize(999, 300); // a new width: the columns are built again, from a trace that fails
        ImageData summarised = ControlPixels.of(timeline.control());

        assertTrue(trace.failedReads() > 0, "the paint tried to read the events, and went on without them");
        Rollback rollback = model.rollbacks().get(0);
        int x = TimelinePainter.centreOf(timeline.scale(), rollback.seq());
        RGB mark = summarised.palette.getRGB(summarised.getPixel(x, timeline.layout().laneMiddle(rollback.thread())));
        assertEquals(TimelinePixelTest.rgb(TimelinePalette.ROLLBACK), mark, "the lanes and marks are still drawn");
    }
}
