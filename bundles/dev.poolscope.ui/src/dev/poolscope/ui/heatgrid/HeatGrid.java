package dev.poolscope.ui.heatgrid;

import dev.poolscope.ui.prefs.GridColours;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The heat grid widget: every chunk of a pool as a block of cells, laid out left to right and
 * wrapped, each block titled with the chunk's address range, size and fill. Each block's cell size
 * in bits is chosen so that all blocks fit the widget's height, so a chunk of a million bits still
 * fits. {@link #refresh()} reads the live bitmaps; the widget repaints itself.
 */
public final class HeatGrid {

    /** Height of the two header lines above each block. */
    static final int HEADER = 36;
    static final int MARGIN = 12;
    static final int LEGEND = 24;

    private final Canvas canvas;
    private final GenPool pool;
    private final List<Block> blocks = new ArrayList<>();
    private final Consumer<String> hoverListener;
    private Point laidOutFor = new Point(-1, -1);
    private int laidOutChunks = -1;

    /** A chunk's grid and where it is drawn. */
    record Block(ChunkGrid grid, int x, int y) {
        Rectangle cells() {
            return new Rectangle(x, y + HEADER, GridImage.width(), GridImage.height(grid));
        }
    }

    /** @param hoverListener told, in words, what is under the mouse ("" when nothing) */
    public HeatGrid(Composite parent, GenPool pool, Consumer<String> hoverListener) {
        this.pool = pool;
        this.hoverListener = hoverListener;
        this.canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        canvas.addListener(SWT.MouseExit, e -> hover(-1, -1));
    }

    public Canvas control() {
        return canvas;
    }

    /** Reads every chunk's bitmap now and schedules a repaint. */
    public void refresh() {
        layOut();
        long now = System.nanoTime();
        for (Block block : blocks) {
            block.grid().refresh(now);
        }
        canvas.redraw();
    }

    List<Block> blocks() {
        return blocks;
    }

    /**
     * Builds the blocks again when the widget's size or the pool's chunks changed: chunks in
     * address order, as many to a line as fit the width; each line of blocks gets an equal share
     * of the height still free, and each chunk the fewest bits per cell that fit that share.
     */
    private void layOut() {
        Point size = canvas.getSize();
        List<Chunk> chunks = pool.chunks();
        if (size.equals(laidOutFor) && chunks.size() == laidOutChunks) {
            return;
        }
        laidOutFor = size;
        laidOutChunks = chunks.size();
        blocks.clear();
        int blockWidth = GridImage.width() + MARGIN;
        int columns = Math.max(1, (size.x - MARGIN) / blockWidth);
        int lines = Math.max(1, (chunks.size() + columns - 1) / columns);
        // the list order (newest first) is not how memory lies
        List<Chunk> byAddress = chunks.stream().sorted((a, b) -> Long.compareUnsigned(a.start(), b.start())).toList();
        int y = LEGEND;
        for (int line = 0; line < lines; line++) {
            int share = (size.y - y) / (lines - line);
            int maxRows = Math.max(1, (share - HEADER - MARGIN) / GridImage.PITCH);
            int lineHeight = 0;
            for (int i = line * columns; i < Math.min(byAddress.size(), (line + 1) * columns); i++) {
                Chunk chunk = byAddress.get(i);
                ChunkGrid grid = new ChunkGrid(chunk, ChunkGrid.bitsPerCellFor(chunk.bitCount(), maxRows));
                blocks.add(new Block(grid, MARGIN + (i % columns) * blockWidth, y));
                lineHeight = Math.max(lineHeight, HEADER + GridImage.height(grid) + MARGIN);
            }
            y += lineHeight;
        }
    }

    private void paint(GC gc) {
        Display display = canvas.getDisplay();
        Rectangle area = canvas.getClientArea();
        gc.setBackground(colour(display, Palette.BACKGROUND));
        gc.fillRectangle(area);
        paintLegend(gc, display);
        for (Block block : blocks) {
            paintHeader(gc, display, block);
            Image image = new Image(display, GridImage.paint(block.grid()));
            try {
                Rectangle cells = block.cells();
                gc.drawImage(image, cells.x, cells.y);
            } finally {
                image.dispose();
            }
        }
    }

    private void paintLegend(GC gc, Display display) {
        int x = MARGIN;
        GridColours colours = Palette.colours();
        x = legendEntry(gc, display, x, colours.free(), "free");
        x = legendEntry(gc, display, x, colours.allocatedSparse(), "partly allocated");
        x = legendEntry(gc, display, x, colours.allocatedFull(), "allocated");
        legendEntry(gc, display, x, Palette.cell(1, 1, 1f), "just changed (fades in ~1 s)");
    }

    private int legendEntry(GC gc, Display display, int x, int rgb, String label) {
        gc.setBackground(colour(display, rgb));
        gc.fillRectangle(x, 8, 10, 10);
        gc.setForeground(colour(display, Palette.TEXT_DIM));
        gc.setBackground(colour(display, Palette.BACKGROUND));
        gc.drawText(label, x + 14, 5, true);
        return x + 14 + gc.textExtent(label).x + 18;
    }

    private void paintHeader(GC gc, Display display, Block block) {
        Chunk chunk = block.grid().chunk();
        long used = chunk.size() - chunk.avail();
        gc.setForeground(colour(display, Palette.TEXT));
        gc.drawText(String.format("chunk %d   0x%x – 0x%x", chunk.id(), chunk.start(), chunk.end()),
                block.x(), block.y(), true);
        gc.setForeground(colour(display, Palette.TEXT_DIM));
        gc.drawText(String.format("%s, %,d bits of %d B · %d%% allocated · 1 cell = %d bit%s",
                Sizes.bytes(chunk.size()), chunk.bitCount(), 1L << chunk.order(),
                Math.round(100.0 * used / chunk.size()), block.grid().bitsPerCell(),
                block.grid().bitsPerCell() == 1 ? "" : "s"), block.x(), block.y() + 16, true);
    }

    /** A colour for 0xRRGGBB; SWT colours hold no OS resource (since SWT 3.114) and need no disposal. */
    private static Color colour(Display display, int rgb) {
        return new Color(display, new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
    }

    private void hover(int x, int y) {
        String text = describe(x, y);
        canvas.setToolTipText(text.isEmpty() ? null : text);
        hoverListener.accept(text);
    }

    /** What the cell at widget point (x, y) holds, in words, or "" when no cell is there. */
    String describe(int x, int y) {
        String text = "";
        for (Block block : blocks) {
            Rectangle cells = block.cells();
            if (cells.contains(x, y)) {
                int cell = (y - cells.y) / GridImage.PITCH * ChunkGrid.COLUMNS + (x - cells.x) / GridImage.PITCH;
                ChunkGrid grid = block.grid();
                if (cell < grid.cellCount()) {
                    long first = grid.firstBit(cell);
                    text = String.format("chunk %d · bit%s %s · 0x%x – 0x%x · %d of %d bit%s allocated",
                            grid.chunk().id(), grid.bitsIn(cell) == 1 ? "" : "s",
                            grid.bitsIn(cell) == 1 ? Long.toString(first) : first + "–" + (first + grid.bitsIn(cell) - 1),
                            grid.firstAddress(cell), grid.lastAddress(cell), grid.allocated(cell), grid.bitsIn(cell),
                            grid.bitsIn(cell) == 1 ? "" : "s");
                }
            }
        }
        return text;
    }
}
