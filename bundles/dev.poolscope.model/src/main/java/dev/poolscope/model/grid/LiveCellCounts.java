package dev.poolscope.model.grid;

import dev.poolscope.core.Bitmap;
import dev.poolscope.core.Chunk;
import dev.poolscope.core.WordMasks;

/**
 * A live chunk's bitmap counted in cells of {@code bitsPerCell} bits (a power of two), as the Heat
 * Grid's live mode colours them: per cell, how many of its bits are allocated and how hot it is (a
 * cell whose bits changed glows and then cools). It reads the live bitmap without locks, each word
 * whole.
 */
public final class LiveCellCounts {

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

    public LiveCellCounts(Chunk chunk, int bitsPerCell) {
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
            long mask = WordMasks.within(0, bitsPerCell);
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

    /** A copy of the bitmap words read at the last refresh, the words the counts were made from. */
    public long[] words() {
        return words.clone();
    }

    /** Allocated bits in the cell at the last refresh. */
    public int allocated(int cell) {
        return allocated[cell];
    }

    /** Allocated bits in the whole chunk at the last refresh. */
    public long allocated() {
        long sum = 0;
        for (int count : allocated) {
            sum += count;
        }
        return sum;
    }

    /** Heat from 1 (changed at the last refresh) down towards 0. */
    public float heat(int cell) {
        return heat[cell];
    }
}
