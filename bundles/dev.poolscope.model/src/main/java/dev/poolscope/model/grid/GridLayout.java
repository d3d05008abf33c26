package dev.poolscope.model.grid;

import dev.poolscope.trace.ChunkGeometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the Heat Grid draws each chunk at a zoom level, in content coordinates (the scrolled plane,
 * not the window), chunks in address order. Zoom 0 is the overview: every chunk fits the view's
 * height; a chunk that fits at one bit per cell is drawn so, a word to a row (in cells as large as
 * fit when every chunk does), and a larger one takes the width its line leaves it, in a power-of-two
 * group of bits per cell and as many cells to a row as fit, rows still of whole words. Each step in
 * halves the bits per cell of every chunk until it shows one bit per cell; further steps make the
 * cells larger.
 */
public final class GridLayout {

    /** Height of the two header lines above each block. */
    public static final int HEADER = 36;
    public static final int MARGIN = 12;
    /** Height of the legend line above the blocks. */
    public static final int LEGEND = 24;
    /** Cells in a row at one bit per cell: one word. */
    public static final int WORD = Long.SIZE;
    /** Pixels from one cell to the next at each zoom step past one bit per cell; the first is the overview's. */
    public static final int[] PITCHES = {6, 10, 16, 24};

    private final List<GridBlock> blocks;
    private final int width;
    private final int height;
    private final int zoom;

    private GridLayout(List<GridBlock> blocks, int width, int height, int zoom) {
        this.blocks = blocks;
        this.width = width;
        this.height = height;
        this.zoom = zoom;
    }

    /**
     * The layout of {@code chunks} (bits of {@code 2^order} bytes) for a view of {@code viewWidth} by
     * {@code viewHeight} pixels at zoom {@code zoom}, clamped to the zoom levels there are.
     */
    public static GridLayout of(List<ChunkGeometry> chunks, int order, int viewWidth, int viewHeight, int zoom) {
        List<Integer> byAddress = IntStream.range(0, chunks.size()).boxed()
                .sorted(Comparator.comparing(i -> chunks.get(i).start(), Long::compareUnsigned)).toList();
        Overview overview = Overview.of(byAddress.stream().map(i -> chunks.get(i).size() >>> order).toList(),
                viewWidth, viewHeight);
        int z = Math.max(0, Math.min(zoom, overview.maxZoom()));
        List<GridBlock> blocks = new ArrayList<>();
        int x = MARGIN;
        int y = LEGEND;
        int lineHeight = 0;
        int width = 0;
        for (int i = 0; i < byAddress.size(); i++) {
            Overview.Fit fit = overview.fits().get(i);
            int halvings = Math.min(z, Integer.numberOfTrailingZeros(fit.bitsPerCell()));
            int bitsPerCell = fit.bitsPerCell() >> halvings;
            int pitch = PITCHES[Math.min(PITCHES.length - 1, overview.pitch() + z - halvings)];
            int columns = columnsFor(bitsPerCell, fit.columns());
            boolean newLine = i > 0 && (overview.line(i) != overview.line(i - 1) || x + columns * pitch > viewWidth);
            if (newLine) {
                x = MARGIN;
                y += lineHeight;
                lineHeight = 0;
            }
            int chunk = byAddress.get(i);
            GridBlock block = new GridBlock(chunk, chunks.get(chunk), order, bitsPerCell, columns, pitch, x, y);
            blocks.add(block);
            lineHeight = Math.max(lineHeight, block.bounds().height() + MARGIN);
            x += block.bounds().width() + MARGIN;
            width = Math.max(width, x);
        }
        return new GridLayout(List.copyOf(blocks), width, y + lineHeight, z);
    }

    /**
     * Cells to a row for {@code bitsPerCell} bits per cell, at most {@code maxColumns} but at least
     * a word's worth: one word at one bit per cell, else a multiple of the cells in a word, so a row
     * holds whole words.
     */
    static int columnsFor(int bitsPerCell, int maxColumns) {
        if (bitsPerCell == 1) {
            return WORD;
        }
        int perWord = Math.max(1, WORD / bitsPerCell);
        return Math.max(WORD, maxColumns - maxColumns % perWord);
    }

    /** The blocks in address order. */
    public List<GridBlock> blocks() {
        return blocks;
    }

    /** The block of the chunk at {@code chunk} in the list the layout was made from. */
    public GridBlock block(int chunk) {
        return blocks.stream().filter(b -> b.chunk() == chunk).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no chunk " + chunk + " in the layout"));
    }

    /** The zoom this layout is at, after clamping. */
    public int zoom() {
        return zoom;
    }

    /** The content's width and height. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }
}
