package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The heat grid in trace mode: every chunk's bitmap after the current event of a replayed trace,
 * its cells coloured by owner with the event's marks ({@link TraceCells}); laid out, titled, zoomed
 * and hovered as in live mode ({@link GridCanvas}). The bits the event changed flash after each step
 * (their whole cell bright, fading within half a second).
 */
public final class TraceGrid {

    /** How long the cells an event changed flash after a step. */
    static final int FLASH_MILLIS = 500;
    /** Time between two frames of the flash. */
    private static final int FRAME_MILLIS = 33;

    private final int flashMillis;
    private final TraceCells cells;
    private final GridCanvas canvas;
    private long flashStartNanos;
    private TraceHeader header;
    private EventBitmap bitmap;
    private boolean byCaller;
    /** The open trace's callers' colours, made once per trace when first needed. */
    private CallerColours callers;

    /** @param hoverListener told, in words, what is under the mouse ("" when nothing) */
    public TraceGrid(Composite parent, Consumer<String> hoverListener) {
        this(parent, hoverListener, FLASH_MILLIS);
    }

    /** A grid whose changed cells flash for {@code flashMillis} (0: no flash, only the mark). */
    TraceGrid(Composite parent, Consumer<String> hoverListener, int flashMillis) {
        this.flashMillis = flashMillis;
        this.cells = new TraceCells(this::flash);
        this.canvas = new GridCanvas(parent, cells, hoverListener);
    }

    public Canvas control() {
        return canvas.control();
    }

    /**
     * Shows the bitmap after event {@code seq} of {@code model}.
     *
     * @throws UncheckedIOException when the model cannot read the trace
     */
    public void show(ReplayModel model, long seq) {
        try {
            bitmap = EventBitmap.at(model, seq);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bitmap at event " + seq + " of the trace", e);
        }
        cells.show(bitmap, model.header().threads());
        if (header != model.header()) {
            header = model.header();
            callers = null;
            canvas.show(header.chunks(), header.minAllocOrder());
            canvas.reset();
        }
        if (byCaller && callers == null) {
            callers = CallerColours.of(model);
        }
        cells.colourByCaller(byCaller ? callers : null);
        flashStartNanos = System.nanoTime();
        if (flashMillis > 0) {
            control().getDisplay().timerExec(FRAME_MILLIS, this::flashFrame);
        }
        control().redraw();
    }

    /** How bright the flash is now: 1 right after a step, fading to 0 over the flash's length. */
    float flash() {
        long elapsedMillis = (System.nanoTime() - flashStartNanos) / 1_000_000;
        return flashMillis == 0 ? 0f : Math.max(0f, 1f - elapsedMillis / (float) flashMillis);
    }

    /** Repaints while the flash lasts; a later step's frames carry on from its own start. */
    private void flashFrame() {
        if (!control().isDisposed()) {
            control().redraw();
            if (flash() > 0) {
                control().getDisplay().timerExec(FRAME_MILLIS, this::flashFrame);
            }
        }
    }

    /** The bitmap shown, once {@link #show} was called. */
    public EventBitmap bitmap() {
        return bitmap;
    }

    /**
     * Colours set bits by their allocation's caller (on) or by the thread that set them (off), from the
     * next {@link #show} on.
     */
    public void setColourByCaller(boolean on) {
        byCaller = on;
    }

    /** Whether set bits are coloured by caller. */
    public boolean colourByCaller() {
        return byCaller;
    }

    /** Turns the overlay that shades free cells by the length class of their free extent on or off. */
    public void setExtentShading(boolean on) {
        canvas.setExtentShading(on);
    }

    /** Tells {@code listener} of each click: the chunk (list position) whose block was clicked, or empty off every block. */
    public void onChunkClicked(Consumer<OptionalInt> listener) {
        canvas.onChunkClicked(listener);
    }

    public int zoom() {
        return canvas.zoom();
    }

    /**
     * Zooms {@code steps} in (out when negative), keeping the bit at canvas point {@code anchor} under
     * it; with no anchor, the contested word (or the middle of the view) stays in view.
     */
    public void zoomBy(int steps, Optional<Point> anchor) {
        canvas.zoomBy(steps, anchor);
    }

    /** The square of the cell holding bit {@code bit} of {@code chunk} in canvas coordinates, as drawn now. */
    public Rectangle cellOnCanvas(int chunk, long bit) {
        return canvas.cellOnCanvas(chunk, bit);
    }

    /** The legend's entries as the grid draws them now, left to right. */
    List<CellArt.LegendEntry> legend() {
        return cells.legend();
    }

    GridBlock block(int chunk) {
        return canvas.layout().block(chunk);
    }

    /** What the cell at canvas point (x, y) holds and who owns it, in words, or "" when no cell is there. */
    String describe(int x, int y) {
        return canvas.describe(x, y);
    }
}
