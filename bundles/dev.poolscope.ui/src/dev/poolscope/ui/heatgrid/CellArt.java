package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridLayout;

import java.util.List;
import java.util.Optional;

/**
 * What a mode of the Heat Grid puts in the cells the {@link GridCanvas} lays out: live mode the
 * fill and heat of the running pool, trace mode the owners and marks of the current event. The
 * canvas does the rest (blocks, headers, legend, hover's location, zoom and scrolling) the same way
 * for both.
 */
interface CellArt {

    /** The blocks were laid out anew (first time, resize, zoom, chunks added). */
    void laidOut(GridLayout layout);

    /** Paints cell {@code cell} of {@code block}. */
    void paint(GridBlock block, int cell, CellPixels pixels);

    /** The bitmap words of the block's chunk as painted (bit i is bit i%64 of word i/64), for the extent overlay. */
    long[] words(GridBlock block);

    /** Set bits of the block's chunk, for its header. */
    long setBits(GridBlock block);

    /** What the cell holds, in words, to follow its location in the hover line. */
    String describe(GridBlock block, int cell);

    /** The legend's entries, left to right. */
    List<LegendEntry> legend();

    /** Runs of bits to frame brightly (the contested word); none by default. */
    default List<Framed> frames() {
        return List.of();
    }

    /** The bit to keep in view when zooming from the keyboard, as {chunk, bit}; the view's middle by default. */
    default Optional<long[]> focus() {
        return Optional.empty();
    }

    /** A legend entry: a square of {@code rgb}, then {@code label}. */
    record LegendEntry(int rgb, String label) {
    }

    /** Bits {@code firstBit..lastBit} of the chunk at {@code chunk}, framed as one. */
    record Framed(int chunk, long firstBit, long lastBit) {
    }
}
