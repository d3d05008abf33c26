package dev.poolscope.ui.heatgrid;

import dev.poolscope.core.GenPool;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridLayout;
import dev.poolscope.model.grid.LiveCellCounts;
import dev.poolscope.trace.ChunkGeometry;

import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The heat grid in live mode: every chunk of a running pool, its cells coloured by how much of each
 * is allocated and glowing where bits just changed ({@link LiveCells}); laid out, titled, zoomed and
 * hovered as in trace mode ({@link GridCanvas}). {@link #refresh()} reads the live bitmaps; the
 * widget repaints itself.
 */
public final class LiveGrid {

    private final GenPool pool;
    private final LiveCells cells;
    private final GridCanvas canvas;

    /** @param hoverListener told, in words, what is under the mouse ("" when nothing) */
    public LiveGrid(Composite parent, GenPool pool, Consumer<String> hoverListener) {
        this.pool = pool;
        this.cells = new LiveCells(pool);
        this.canvas = new GridCanvas(parent, cells, hoverListener);
    }

    public Canvas control() {
        return canvas.control();
    }

    /** Reads every chunk's bitmap now (laying the blocks out again when chunks were added) and schedules a repaint. */
    public void refresh() {
        canvas.show(pool.chunks().stream().map(ChunkGeometry::of).toList(), pool.minAllocOrder());
        cells.refresh(System.nanoTime());
        canvas.control().redraw();
    }

    /** Turns the overlay that shades free cells by the length class of their free extent on or off. */
    public void setExtentShading(boolean on) {
        canvas.setExtentShading(on);
    }

    /** Tells {@code listener} of each click: the chunk (list position) whose block was clicked, or empty off every block. */
    public void onChunkClicked(Consumer<OptionalInt> listener) {
        canvas.onChunkClicked(listener);
    }

    /** The layout drawn. */
    GridLayout layout() {
        return canvas.layout();
    }

    /** The counts behind a block's cells. */
    LiveCellCounts counts(GridBlock block) {
        return cells.counts(block);
    }

    /** What the cell at canvas point (x, y) holds, in words, or "" when no cell is there. */
    String describe(int x, int y) {
        return canvas.describe(x, y);
    }
}
