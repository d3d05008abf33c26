package dev.poolscope.ui.timeline;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.timeline.LaneColumns;
import dev.poolscope.model.timeline.LaneOverview;
import dev.poolscope.model.timeline.TimeScale;
import dev.poolscope.model.timeline.VisibleEvents;
import dev.poolscope.trace.Trace;

import java.io.IOException;
import java.util.Locale;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The Timeline widget: one lane per thread of a recorded run, its allocs and frees as bars in the
 * thread's hue, CAS failures, rollbacks, retries and failed allocs as marks of their own shape and
 * colour, an axis in events (sequence numbers) and a cursor on the current event. Zoom with the
 * mouse wheel or +/- (around the mouse), pan by dragging or with the arrow keys, click to seek (a right
 * click seeks too, before the context menu opens).
 *
 * <p>How it stays fast on traces of any length. At creation it reads the trace once, through one
 * cursor, into a {@link LaneOverview}: per thread, a fixed number of buckets over the whole trace
 * ({@value LaneOverview#BUCKETS}), each holding the activity, strongest mark and open operation of
 * the thread there. Each paint then builds {@link LaneColumns}, one cell per lane and pixel column,
 * in one of two ways:
 * <ul>
 * <li>zoomed out, more than {@value #EXACT_EVENTS_PER_PIXEL} events to a pixel: from the overview's
 * buckets, reading no event at all;</li>
 * <li>zoomed in: from the exact events of the visible window ({@link VisibleEvents}), read through a
 * trace cursor from the start of the bucket that holds the first visible event, so at most
 * {@value #EXACT_EVENTS_PER_PIXEL} events per pixel of width plus one bucket.</li>
 * </ul>
 * The columns are kept until the window moves or is resized, so moving the cursor reads nothing.
 * The painter works per column, never per event. The model supplies the trace's extent, its
 * threads and the nearest existing event for a seek; the trace supplies the events.
 */
public final class Timeline {

    /**
     * Above this many events per pixel the widget paints from the overview. At 32 a window of
     * 1,300 pixels reads at most ~42,000 events, a few milliseconds; the overview's buckets are then
     * at most a few pixels wide for traces up to ~10M events.
     */
    static final double EXACT_EVENTS_PER_PIXEL = 32;

    /** Each wheel notch or +/- key zooms by this factor. */
    private static final double ZOOM_STEP = 1.25;
    /** Moves shorter than this, in pixels, between mouse down and up are clicks, not drags. */
    private static final int DRAG_THRESHOLD = 3;

    private final Canvas canvas;
    private final ReplayModel model;
    private final Trace trace;
    private final LongConsumer seekListener;
    private final LaneOverview overview;
    private final int threads;
    private final TimeScale scale;
    private LaneLayout layout;
    private LaneColumns columns;
    private String columnsKey = "";
    private boolean columnsExact;
    private long cursor;
    private int mouseX = -1;
    private int dragFromX = -1;
    private double dragFromStart;
    private boolean dragged;

    /**
     * A timeline of {@code trace}, painted from {@code overview} when zoomed out.
     *
     * @param model        the model of {@code trace}; both stay the caller's to close
     * @param overview     the trace read once ({@link LaneOverview#read}), e.g. in the job that opened it
     * @param seekListener told the event the user clicked, after the cursor moved there
     */
    public Timeline(Composite parent, ReplayModel model, Trace trace, LaneOverview overview, LongConsumer seekListener) {
        this.model = model;
        this.trace = trace;
        this.seekListener = seekListener;
        this.threads = model.header().threads();
        this.overview = overview;
        this.scale = new TimeScale(model.firstSeq(), model.lastSeq());
        this.cursor = Math.max(0, model.firstSeq());
        this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, this::mouseUp);
        canvas.addListener(SWT.MouseExit, e -> mouseX = -1);
        canvas.addListener(SWT.KeyDown, this::key);
        // Tab leaves the canvas; the arrow keys stay with it, to pan
        canvas.addListener(SWT.Traverse, e -> e.doit = e.detail == SWT.TRAVERSE_TAB_NEXT
                || e.detail == SWT.TRAVERSE_TAB_PREVIOUS);
    }

    public Canvas control() {
        return canvas;
    }

    /** The event the cursor is on. */
    public long cursor() {
        return cursor;
    }

    /** Moves the cursor to event {@code seq}, scrolling it into view if needed; for seeks made elsewhere (no listener is told). */
    public void setCursor(long seq) {
        cursor = seq;
        scale.reveal(seq);
        canvas.redraw();
    }

    TimeScale scale() {
        layOut();
        return scale;
    }

    LaneLayout layout() {
        layOut();
        return layout;
    }

    long bucketLength() {
        return overview.bucketLength();
    }

    private void layOut() {
        Point size = canvas.getSize();
        layout = LaneLayout.of(size.x, size.y, threads);
        scale.setWidth(layout.laneAreaWidth());
    }

    private void paint(GC gc) {
        layOut();
        String key = scale.start() + "/" + scale.span() + "/" + scale.width();
        if (!key.equals(columnsKey)) {
            columns = buildColumns();
            columnsKey = key;
        }
        new TimelinePainter(gc, canvas.getDisplay(), layout, scale).paint(columns, cursor, status());
    }

    private LaneColumns buildColumns() {
        LaneColumns built = new LaneColumns(threads, scale.width());
        columnsExact = scale.eventsPerPixel() <= EXACT_EVENTS_PER_PIXEL;
        if (model.eventCount() == 0) {
            return built;
        }
        if (columnsExact) {
            try {
                VisibleEvents.read(trace, overview, scale, built);
                return built;
            } catch (IOException e) {
                // a paint cannot ask the user anything: it shows the overview read when the trace opened,
                // says so in the status line, and a step into the damage names the file and offset in a dialog
                ILog.of(Timeline.class).warn("painting the timeline from its overview: " + e.getMessage(), e);
                columnsExact = false;
                built = new LaneColumns(threads, scale.width());
            }
        }
        overview.project(scale, built);
        return built;
    }

    private String status() {
        double perPixel = scale.eventsPerPixel();
        String resolution = perPixel < 1 ? String.format(Locale.ROOT, "%.0f px per event", 1 / perPixel)
                : String.format(Locale.ROOT, "%,.0f event%s per px%s", perPixel, perPixel < 1.5 ? "" : "s",
                        columnsExact ? "" : " (summarised)");
        return String.format(Locale.ROOT, "events %,d – %,d of %,d · %s", scale.firstVisibleSeq(),
                Math.min(model.lastSeq(), scale.endVisibleSeq() - 1), model.eventCount(), resolution);
    }

    private void wheel(Event e) {
        if (e.count != 0) {
            zoomAround(Math.pow(ZOOM_STEP, -e.count), e.x);
        }
    }

    private void key(Event e) {
        int anchor = mouseX >= 0 ? mouseX : LaneLayout.GUTTER + layout().laneAreaWidth() / 2;
        switch (e.keyCode) {
            case '+', '=', SWT.KEYPAD_ADD -> zoomAround(1 / ZOOM_STEP, anchor);
            case '-', SWT.KEYPAD_SUBTRACT -> zoomAround(ZOOM_STEP, anchor);
            case SWT.ARROW_LEFT -> panBy(layout().laneAreaWidth() / 10.0);
            case SWT.ARROW_RIGHT -> panBy(-layout().laneAreaWidth() / 10.0);
            default -> {
                // other keys are not the timeline's
            }
        }
    }

    private void zoomAround(double factor, int x) {
        layOut();
        scale.zoom(factor, Math.max(0, Math.min(scale.width(), x - LaneLayout.GUTTER)));
        canvas.redraw();
    }

    private void panBy(double dx) {
        scale.pan(dx);
        canvas.redraw();
    }

    private void mouseDown(Event e) {
        canvas.setFocus();
        if (e.button == 1) {
            dragFromX = e.x;
            dragFromStart = scale.start();
            dragged = false;
        } else if (e.button == 3 && layout().inLaneArea(e.x, e.y) && model.eventCount() > 0) {
            seekTo(eventNear(scale.seqAt(e.x - LaneLayout.GUTTER))); // the context menu then acts on that event
        }
    }

    private void mouseMove(Event e) {
        mouseX = e.x;
        if (dragFromX >= 0 && (dragged || Math.abs(e.x - dragFromX) >= DRAG_THRESHOLD)) {
            dragged = true;
            // pan from where the drag began, so rounding does not accumulate
            scale.pan(e.x - dragFromX - scale.xOf(dragFromStart));
            canvas.redraw();
        }
    }

    private void mouseUp(Event e) {
        boolean click = e.button == 1 && dragFromX >= 0 && !dragged;
        dragFromX = -1;
        if (click && layout().inLaneArea(e.x, e.y) && model.eventCount() > 0) {
            seekTo(eventNear(scale.seqAt(e.x - LaneLayout.GUTTER)));
        }
    }

    /** The event at axis position {@code position}, or the next existing one when a damaged trace lost it. */
    private long eventNear(double position) {
        long seq = Math.max(model.firstSeq(), Math.min(model.lastSeq(), (long) Math.floor(position)));
        boolean dense = model.lastSeq() - model.firstSeq() + 1 == model.eventCount();
        if (dense) {
            return seq;
        }
        try {
            return model.eventAt(seq).isPresent() ? seq : model.nextEvent(seq).orElse(model.lastSeq());
        } catch (IOException e) {
            return seq; // the seek reads there again and names the file and offset in its dialog
        }
    }

    private void seekTo(long seq) {
        cursor = seq;
        canvas.redraw();
        seekListener.accept(seq);
    }
}
