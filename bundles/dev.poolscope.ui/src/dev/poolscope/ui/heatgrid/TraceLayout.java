package dev.poolscope.ui.heatgrid;

import dev.poolscope.trace.ChunkGeometry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Rectangle;

/**
 * Where the trace grid draws each chunk at a zoom level, in content coordinates (the scrolled
 * plane, not the window). Zoom 0 is the overview: every chunk fits the view's height, 64 cells to a
 * row, each cell a power-of-two group of bits, as in live mode (or, when every chunk fits at one bit
 * per cell, cells as large as fit). Each step in halves the bits per
 * cell of every chunk until it shows one bit per cell; further steps make the cells larger. Rows
 * always hold whole words, so at one bit per cell a row is one word.
 */
final class TraceLayout {

    /** Pixels from one cell to the next at each zoom step past one bit per cell; the first is the overview's. */
    static final int[] PITCHES = {GridImage.PITCH, 10, 16, 24};

    /** One chunk's cells and where they lie. */
    record Block(int chunk, ChunkGeometry geometry, long bitCount, int bitsPerCell, int pitch, int x, int y) {

        int cellCount() {
            return (int) ((bitCount + bitsPerCell - 1) / bitsPerCell);
        }

        int rows() {
            return (cellCount() + ChunkGrid.COLUMNS - 1) / ChunkGrid.COLUMNS;
        }

        /** The area of the cells, below the header. */
        Rectangle cells() {
            return new Rectangle(x, y + HeatGrid.HEADER, ChunkGrid.COLUMNS * pitch, rows() * pitch);
        }

        /** The square of cell {@code cell}, without the gap. */
        Rectangle cell(int cell) {
            Rectangle cells = cells();
            return new Rectangle(cells.x + cell % ChunkGrid.COLUMNS * pitch, cells.y + cell / ChunkGrid.COLUMNS * pitch,
                    pitch - 1, pitch - 1);
        }

        /** The cell at content point (x, y), or -1. */
        int cellAt(int px, int py) {
            Rectangle cells = cells();
            if (!cells.contains(px, py)) {
                return -1;
            }
            int cell = (py - cells.y) / pitch * ChunkGrid.COLUMNS + (px - cells.x) / pitch;
            return cell < cellCount() ? cell : -1;
        }

        long firstBit(int cell) {
            return (long) cell * bitsPerCell;
        }

        /** Bits in the cell: fewer in the chunk's last cell. */
        int bitsIn(int cell) {
            return (int) Math.min(bitsPerCell, bitCount - firstBit(cell));
        }

        Rectangle bounds() {
            Rectangle cells = cells();
            return new Rectangle(x, y, cells.width, HeatGrid.HEADER + cells.height);
        }
    }

    private final List<Block> blocks;
    private final int width;
    private final int height;
    private final int zoom;

    private TraceLayout(List<Block> blocks, int width, int height, int zoom) {
        this.blocks = blocks;
        this.width = width;
        this.height = height;
        this.zoom = zoom;
    }

    /**
     * The layout of {@code chunks} (bits of {@code 2^order} bytes) for a view of {@code viewWidth} by
     * {@code viewHeight} pixels at zoom {@code zoom}, clamped to the zoom levels there are.
     */
    static TraceLayout of(List<ChunkGeometry> chunks, int order, int viewWidth, int viewHeight, int zoom) {
        int overviewWidth = ChunkGrid.COLUMNS * PITCHES[0] + HeatGrid.MARGIN;
        int perLine = Math.max(1, (viewWidth - HeatGrid.MARGIN) / overviewWidth);
        int lines = Math.max(1, (chunks.size() + perLine - 1) / perLine);
        int share = Math.max(1, (viewHeight - HeatGrid.LEGEND) / lines);
        int maxRows = Math.max(1, (share - HeatGrid.HEADER - HeatGrid.MARGIN) / PITCHES[0]);
        int[] overview = new int[chunks.size()];
        int maxZoom = 0;
        for (int i = 0; i < chunks.size(); i++) {
            overview[i] = ChunkGrid.bitsPerCellFor(chunks.get(i).size() >>> order, maxRows);
            maxZoom = Math.max(maxZoom, Integer.numberOfTrailingZeros(overview[i]) + PITCHES.length - 1);
        }
        int fit = fittingPitch(chunks, order, overview, viewWidth, share);
        maxZoom -= fit;
        int z = Math.max(0, Math.min(zoom, maxZoom));
        List<Block> blocks = new ArrayList<>();
        int x = HeatGrid.MARGIN;
        int y = HeatGrid.LEGEND;
        int lineHeight = 0;
        int width = 0;
        for (int i = 0; i < chunks.size(); i++) {
            int halvings = Math.min(z, Integer.numberOfTrailingZeros(overview[i]));
            int pitch = PITCHES[Math.min(PITCHES.length - 1, fit + z - halvings)];
            int blockWidth = ChunkGrid.COLUMNS * pitch;
            if (x > HeatGrid.MARGIN && x + blockWidth > viewWidth) {
                x = HeatGrid.MARGIN;
                y += lineHeight;
                lineHeight = 0;
            }
            Block block = new Block(i, chunks.get(i), chunks.get(i).size() >>> order, overview[i] >> halvings, pitch, x, y);
            blocks.add(block);
            lineHeight = Math.max(lineHeight, block.bounds().height + HeatGrid.MARGIN);
            x += blockWidth + HeatGrid.MARGIN;
            width = Math.max(width, x);
        }
        return new TraceLayout(List.copyOf(blocks), width, y + lineHeight, z);
    }

    /**
     * For an overview that shows every chunk at one bit per cell: the largest cells (as an index in
     * {@link #PITCHES}) that still fit the view, so that a small chunk is not drawn in tiny cells;
     * 0 when some chunk needs grouped cells.
     */
    private static int fittingPitch(List<ChunkGeometry> chunks, int order, int[] overview, int viewWidth, int share) {
        int fit = PITCHES.length - 1;
        for (int i = 0; i < chunks.size(); i++) {
            long rows = ((chunks.get(i).size() >>> order) + ChunkGrid.COLUMNS - 1) / ChunkGrid.COLUMNS;
            while (fit > 0 && (overview[i] > 1 || ChunkGrid.COLUMNS * PITCHES[fit] + 2 * HeatGrid.MARGIN > viewWidth
                    || HeatGrid.HEADER + rows * PITCHES[fit] + HeatGrid.MARGIN > share)) {
                fit--;
            }
        }
        return fit;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The zoom this layout is at, after clamping. */
    int zoom() {
        return zoom;
    }

    /** The content's width and height. */
    int width() {
        return width;
    }

    int height() {
        return height;
    }
}
