package dev.poolscope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.swt.ControlPixels;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A trace of two million events: after the one pass that builds the overview, a paint reads no
 * event when zoomed out, and when zoomed in at most what the window shows plus one overview bucket,
 * as the trace's own cursors count them.
 */
class LargeTraceTest {

    private static final long EVENTS = 2_000_000;
    private static final int THREADS = 4;

    private Display display;
    private Shell shell;
    private CountingTrace trace;
    private Timeline timeline;

    @BeforeEach
    void openTimeline() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        trace = new CountingTrace(EVENTS, THREADS);
        ReplayModel model = ReplayModel.open(trace);
        trace.resetReads();
        timeline = new Timeline(shell, model, trace, Overviews.of(trace), seq -> { });
        assertEquals(EVENTS, trace.reads(), "the overview reads the trace once");
        shell.setSize(1200, 300);
        shell.open();
    }

    @AfterEach
    void closeTimeline() {
        shell.dispose();
    }

    @Test
    void zoomedOutAPaintReadsNoEvent() {
        paintCountingReads();
        assertEquals(0, trace.reads());
        assertTrue(timeline.scale().eventsPerPixel() > 1_000);
    }

    @Test
    void zoomedInAPaintReadsAtMostTheWindowAndOneBucket() {
        paintCountingReads();
        int x = LaneLayout.GUTTER + timeline.scale().width() / 2;
        while (timeline.scale().eventsPerPixel() > Timeline.EXACT_EVENTS_PER_PIXEL) {
            Event wheel = new Event();
            wheel.x = x;
            wheel.count = 1;
            timeline.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
        }
        paintCountingReads();
        // move the window (one arrow-key pan) so that the next paint must read its events afresh
        Event right = new Event();
        right.keyCode = SWT.ARROW_RIGHT;
        timeline.control().notifyListeners(SWT.KeyDown, right);
        ImageData pixels = paintCountingReads();

        long bound = (long) Math.ceil(timeline.scale().span()) + timeline.bucketLength() + 2;
        assertTrue(trace.reads() > 0 && trace.reads() <= bound, trace.reads() + " events read, bound " + bound);
        assertTrue(bound < 60_000, "a window of " + timeline.scale().width() + " px reads a few thousand events");
        assertTrue(timeline.scale().start() > EVENTS / 4, "zoomed around the middle");

        timeline.setCursor((long) timeline.scale().seqAt(10));
        paintCountingReads();
        assertEquals(0, trace.reads(), "moving the cursor alone repaints from the columns already built");
        assertLaneShowsItsThreadsHue(pixels, 2);
    }

    /**
     * At this zoom every column of a lane holds allocs and frees, drawn as a bar halved: the lower
     * half is the thread's free colour all along.
     */
    private void assertLaneShowsItsThreadsHue(ImageData pixels, int thread) {
        RGB hue = TimelinePixelTest.rgb(TimelinePalette.free(thread));
        LaneLayout layout = timeline.layout();
        int y = layout.barTop(thread) + layout.barHeight() - 2;
        boolean found = false;
        for (int x = LaneLayout.GUTTER; x < LaneLayout.GUTTER + layout.laneAreaWidth() && !found; x++) {
            found = hue.equals(pixels.palette.getRGB(pixels.getPixel(x, y)));
        }
        assertTrue(found, "T" + thread + "'s lane shows its hue");
    }

    private ImageData paintCountingReads() {
        trace.resetReads();
        return ControlPixels.of(timeline.control());
    }
}
