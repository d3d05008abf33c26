package dev.poolscope.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Race;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.Rollback;
import dev.poolscope.model.timeline.TimeScale;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.trace.scenario.Scenarios;

import java.util.ArrayList;
import java.util.List;

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
 * The Timeline on a real SWT display with the cross-word-rollback scenario: marks, cursor and
 * seeks are checked in the pixels read back from the screen; zoom and pan through the widget's
 * own mouse and key listeners.
 */
class TimelinePixelTest {

    private Display display;
    private Shell shell;
    private ReplayModel model;
    private Timeline timeline;
    private final List<Long> seeks = new ArrayList<>();

    @BeforeEach
    void openTimeline() throws Exception {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        MemoryTrace trace = Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace();
        model = ReplayModel.open(trace);
        timeline = new Timeline(shell, model, trace, Overviews.of(trace), seeks::add);
        shell.setSize(1000, 300);
        shell.open();
    }

    @AfterEach
    void closeTimeline() {
        shell.dispose();
    }

    @Test
    void theRollbackIsMarkedOnTheLaneOfTheThreadThatRolledBackAtItsEvent() {
        assertEquals(1, model.rollbacks().size());
        Rollback rollback = model.rollbacks().get(0);
        Race race = model.races().get(0);
        ImageData pixels = paint();

        int x = TimelinePainter.centreOf(timeline.scale(), rollback.seq());
        LaneLayout layout = timeline.layout();
        assertEquals(rgb(TimelinePalette.ROLLBACK), pixel(pixels, x, layout.laneMiddle(rollback.thread())));
        int other = 1 - rollback.thread();
        assertNotEquals(rgb(TimelinePalette.ROLLBACK), pixel(pixels, x, layout.laneMiddle(other)),
                "only the thread that rolled back has the mark");
        assertEquals(race.thread(), rollback.thread(), "T0's CAS failed, then it rolled back");
        assertEquals(rgb(TimelinePalette.RACE),
                pixel(pixels, TimelinePainter.centreOf(timeline.scale(), race.seq()), layout.laneMiddle(race.thread())));
    }

    @Test
    void theCursorLineIsDrawnAtTheEventSetCursorNames() {
        long seq = model.lastSeq() / 2;
        timeline.setCursor(seq);
        ImageData pixels = paint();

        int x = TimelinePainter.centreOf(timeline.scale(), seq);
        int y = timeline.layout().laneTop(1) + 1; // above the bar: only the lane background and the cursor
        assertEquals(rgb(TimelinePalette.CURSOR), pixel(pixels, x, y));
        assertNotEquals(rgb(TimelinePalette.CURSOR), pixel(pixels, x + 20, y));
        assertEquals(seq, timeline.cursor());
    }

    @Test
    void aClickAtAnEventSeeksThereAndMovesTheCursor() {
        long seq = model.rollbacks().get(0).seq();
        paint();
        int x = TimelinePainter.centreOf(timeline.scale(), seq);
        click(x, timeline.layout().laneMiddle(0));
        ImageData pixels = paint();

        assertEquals(List.of(seq), seeks);
        assertEquals(seq, timeline.cursor());
        assertEquals(rgb(TimelinePalette.CURSOR), pixel(pixels, x, timeline.layout().laneTop(1) + 1));
    }

    @Test
    void theWheelAndTheKeysZoomAroundTheMouseAndDraggingPans() {
        paint();
        TimeScale scale = timeline.scale();
        int x = LaneLayout.GUTTER + 600;
        double underMouse = scale.seqAt(600);
        double span = scale.span();

        send(SWT.MouseMove, x, 100, 0);
        Event wheel = event(x, 100);
        wheel.count = 3;
        timeline.control().notifyListeners(SWT.MouseVerticalWheel, wheel);
        assertEquals(span / Math.pow(1.25, 3), scale.span(), 1e-9);
        assertEquals(underMouse, scale.seqAt(600), 1e-6);

        Event minus = event(x, 100);
        minus.keyCode = '-';
        timeline.control().notifyListeners(SWT.KeyDown, minus);
        assertEquals(span / Math.pow(1.25, 2), scale.span(), 1e-9);
        assertEquals(underMouse, scale.seqAt(600), 1e-6);

        double start = scale.start();
        send(SWT.MouseDown, x, 100, 1);
        send(SWT.MouseMove, x + 100, 100, 0);
        send(SWT.MouseUp, x + 100, 100, 1);
        assertEquals(start - 100 * scale.eventsPerPixel(), scale.start(), 1e-6);
        assertTrue(seeks.isEmpty(), "a drag is not a click");

        Event right = event(x, 100);
        right.keyCode = SWT.ARROW_RIGHT;
        timeline.control().notifyListeners(SWT.KeyDown, right);
        assertTrue(scale.start() > start - 100 * scale.eventsPerPixel(), "the right arrow shows later events");
    }

    private void click(int x, int y) {
        send(SWT.MouseDown, x, y, 1);
        send(SWT.MouseUp, x, y, 1);
    }

    private void send(int type, int x, int y, int button) {
        Event e = event(x, y);
        e.button = button;
        timeline.control().notifyListeners(type, e);
    }

    private static Event event(int x, int y) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        return e;
    }

    /** Lets SWT paint the timeline and reads the canvas back from the display. */
    private ImageData paint() {
        return ControlPixels.of(timeline.control());
    }

    private static RGB pixel(ImageData pixels, int x, int y) {
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
