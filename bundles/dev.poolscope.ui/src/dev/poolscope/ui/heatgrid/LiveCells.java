package dev.poolscope.ui.heatgrid;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridLayout;
import dev.poolscope.model.grid.GridText;
import dev.poolscope.model.grid.LiveCellCounts;
import dev.poolscope.ui.prefs.GridColours;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Live mode's cells: blue growing brighter with the share of the cell's bits allocated, free cells
 * dark, and a cell whose bits just changed glowing orange and cooling within about a second.
 */
final class LiveCells implements CellArt {

    private final GenPool pool;
    private final Map<Integer, LiveCellCounts> counts = new HashMap<>();

    LiveCells(GenPool pool) {
        this.pool = pool;
    }

    @Override
    public void laidOut(GridLayout layout) {
        counts.clear();
        for (GridBlock block : layout.blocks()) {
            Chunk chunk = pool.chunks().stream().filter(c -> c.id() == block.geometry().id()).findFirst().orElseThrow();
            counts.put(block.chunk(), new LiveCellCounts(chunk, block.bitsPerCell()));
        }
    }

    /** Reads every chunk's bitmap now. */
    void refresh(long nowNanos) {
        for (LiveCellCounts chunk : counts.values()) {
            chunk.refresh(nowNanos);
        }
    }

    /** The counts behind a block's cells. */
    LiveCellCounts counts(GridBlock block) {
        return counts.get(block.chunk());
    }

    @Override
    public void paint(GridBlock block, int cell, CellPixels pixels) {
        LiveCellCounts chunk = counts(block);
        pixels.fill(block.cell(cell), Palette.cell(chunk.allocated(cell), block.bitsIn(cell), chunk.heat(cell)));
    }

    @Override
    public long[] words(GridBlock block) {
        return counts(block).words();
    }

    @Override
    public long setBits(GridBlock block) {
        return counts(block).allocated();
    }

    @Override
    public String describe(GridBlock block, int cell) {
        return GridText.allocation(counts(block).allocated(cell), block.bitsIn(cell));
    }

    @Override
    public List<LegendEntry> legend() {
        GridColours colours = Palette.colours();
        return List.of(new LegendEntry(colours.free(), "free"), new LegendEntry(colours.allocatedSparse(), "partly allocated"),
                new LegendEntry(colours.allocatedFull(), "allocated"),
                new LegendEntry(Palette.cell(1, 1, 1f), "just changed (fades in ~1 s)"));
    }
}
