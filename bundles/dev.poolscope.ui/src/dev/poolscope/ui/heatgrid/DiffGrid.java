package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The heat grid's diff mode: the bits that differ between a branch and its parent at aligned events
 * ({@link DiffCells}), laid out, titled, zoomed and hovered as the other modes are ({@link GridCanvas}).
 */
public final class DiffGrid {

    private final DiffCells cells = new DiffCells();
    private final GridCanvas canvas;
    private TraceHeader header;

    /** @param hoverListener told, in words, what is under the mouse ("" when nothing) */
    public DiffGrid(Composite parent, Consumer<String> hoverListener) {
        this.canvas = new GridCanvas(parent, cells, hoverListener);
    }

    public Canvas control() {
        return canvas.control();
    }

    /**
     * Shows {@code first}'s bitmap after event {@code firstSeq} against {@code second}'s after
     * {@code secondSeq}, the two named {@code firstName} and {@code secondName} in the legend and hover.
     *
     * @throws UncheckedIOException     when a model cannot read its trace
     * @throws IllegalArgumentException when the two are not traces of one pool
     */
    public void show(ReplayModel first, long firstSeq, String firstName, ReplayModel second, long secondSeq,
            String secondName) {
        if (!first.header().chunks().equals(second.header().chunks())
                || first.header().minAllocOrder() != second.header().minAllocOrder()) {
            throw new IllegalArgumentException(firstName + " and " + secondName + " are not traces of one pool");
        }
        cells.show(bitmapAt(first, firstSeq, firstName), bitmapAt(second, secondSeq, secondName), firstName, secondName);
        if (header != first.header()) {
            header = first.header();
            canvas.show(header.chunks(), header.minAllocOrder());
            canvas.reset();
        }
        control().redraw();
    }

    private static EventBitmap bitmapAt(ReplayModel model, long seq, String name) {
        try {
            return EventBitmap.at(model, seq);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bitmap at event " + seq + " of " + name, e);
        }
    }

    /** The bits that differ between the two bitmaps shown, in every chunk. */
    public long differingBits() {
        return cells.differing();
    }

    /** The square of the cell holding bit {@code bit} of {@code chunk} in canvas coordinates, as drawn now. */
    public Rectangle cellOnCanvas(int chunk, long bit) {
        return canvas.cellOnCanvas(chunk, bit);
    }

    /** Turns the overlay that shades free cells by the length class of their free extent on or off. */
    public void setExtentShading(boolean on) {
        canvas.setExtentShading(on);
    }

    /** The legend's entries as the grid draws them now, left to right. */
    List<CellArt.LegendEntry> legend() {
        return cells.legend();
    }

    /** What the cell at canvas point (x, y) holds, in words, or "" when no cell is there. */
    String describe(int x, int y) {
        return canvas.describe(x, y);
    }
}
