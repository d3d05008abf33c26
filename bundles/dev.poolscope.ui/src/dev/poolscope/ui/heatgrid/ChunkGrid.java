package dev.poolscope.ui.heatgrid;

import dev.poolscope.core.Bitmap;
import dev.poolscope.core.Chunk;

/**
 * One chunk's bitmap as a grid of cells: 64 cells to a row, each cell a group of
 * {@code bitsPerCell} bits (a power of two), so a row always holds whole 64-bit words; at one bit
 * per cell a row is exactly one word, the unit of every CAS. Keeps, per cell, how many of its bits
 * are allocated and how hot it is: a cell whose bits changed glows and then cools.
 *
 * <p>Plain Java: it reads the live bitmap without locks (each word whole) and knows nothing of SWT.
 */
public final class ChunkGrid {

    /** Cells in a row: one word at one bit per cell. */
    public static final int COLUMNS = 64;

    /** Seconds for a cell's heat to fall to 1/e; it is invisible after about a second. */
    static final double COOLING_SECONDS = 0.3;

    private final Chunk chunk;
    private final int bitsPerCell;
    private final int cells;
    private final long[] words;
    private final int[] allocated;
    private final float[] heat;
    private long lastRefreshNanos;
    private boolean refreshed;

    public ChunkGrid(Chunk chunk, int bitsPerCell) {
        if (Integer.bitCount(bitsPerCell) != 1) {
            throw new IllegalArgumentException("bits per cell must be a power of two, got " + bitsPerCell);
        }
        this.chunk = chunk;
        this.bitsPerCell = bitsPerCell;
        this.cells = Math.toIntExact((chunk.bitCount() + bitsPerCell - 1) / bitsPerCell);
        this.words = new long[chunk.bitmap().wordCount()];
        this.allocated = new int[cells];
        this.heat = new float[cells];
    }

    /** The smallest power-of-two group that fits the chunk in at most {@code maxRows} rows. */
    public static int bitsPerCellFor(long bitCount, int maxRows) {
        long perCell = 1;
        while (perCell < (1L << 30) && (bitCount + perCell * COLUMNS - 1) / (perCell * COLUMNS) > Math.max(1, maxRows)) {
            perCell <<= 1;
        }
        return (int) perCell;
    }

    /**
     * Reads the bitmap again: recounts every cell and heats the cells whose bits changed since the
     * last refresh, after cooling all cells by the time passed. The first refresh heats nothing.
     */
    public void refresh(long nowNanos) {
        float cooling = refreshed
                ? (float) Math.exp(-(nowNanos - lastRefreshNanos) / 1e9 / COOLING_SECONDS)
                : 0f;
        Bitmap bitmap = chunk.bitmap();
        for (int cell = 0; cell < cells; cell++) {
            heat[cell] *= cooling;
        }
        for (int w = 0; w < words.length; w++) {
            long now = bitmap.word(w);
            long changed = refreshed ? now ^ words[w] : 0;
            words[w] = now;
            countWord(w, now, changed);
        }
        lastRefreshNanos = nowNanos;
        refreshed = true;
    }

    /** Adds word {@code w}'s set bits to the counts of the cells it spans; heats the cells it changed in. */
    private void countWord(int w, long word, long changed) {
        if (bitsPerCell >= Long.SIZE) {
            int cell = (int) (((long) w << 6) / bitsPerCell);
            if ((((long) w << 6) % bitsPerCell) == 0) {
                allocated[cell] = 0;
            }
            allocated[cell] += Long.bitCount(word);
            heatIf(cell, changed != 0);
        } else {
            long mask = (-1L >>> (Long.SIZE - bitsPerCell));
            int first = w * (Long.SIZE / bitsPerCell);
            for (int i = 0; i < Long.SIZE / bitsPerCell && first + i < cells; i++) {
                int shift = i * bitsPerCell;
                allocated[first + i] = Long.bitCount((word >>> shift) & mask);
                heatIf(first + i, ((changed >>> shift) & mask) != 0);
            }
        }
    }

    private void heatIf(int cell, boolean changed) {
        if (changed) {
            heat[cell] = 1f;
        }
    }

    public Chunk chunk() {
        return chunk;
    }

    public int bitsPerCell() {
        return bitsPerCell;
    }

    public int cellCount() {
        return cells;
    }

    public int rows() {
        return (cells + COLUMNS - 1) / COLUMNS;
    }

    /** Allocated bits in the cell at the last refresh. */
    public int allocated(int cell) {
        return allocated[cell];
    }

    /** Bits of the chunk in the cell: {@code bitsPerCell}, fewer in the chunk's last cell. */
    public int bitsIn(int cell) {
        return (int) Math.min(bitsPerCell, chunk.bitCount() - firstBit(cell));
    }

    /** Heat from 1 (changed at the last refresh) down towards 0. */
    public float heat(int cell) {
        return heat[cell];
    }

    public long firstBit(int cell) {
        return (long) cell * bitsPerCell;
    }

    /** First address of the cell. */
    public long firstAddress(int cell) {
        return chunk.addressOf(firstBit(cell));
    }

    /** Last address (inclusive) of the cell. */
    public long lastAddress(int cell) {
        return chunk.addressOf(firstBit(cell) + bitsIn(cell)) - 1;
    }
}
