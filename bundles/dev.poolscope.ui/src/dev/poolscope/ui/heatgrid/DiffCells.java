package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.model.grid.BitmapDiff;
import dev.poolscope.model.grid.Box;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridLayout;

import java.util.List;

/**
 * The diff mode's cells: a branch's bitmap against its parent's at aligned events. A cell whose bits
 * are set in the branch only is green, in the parent only orange, both kinds at once green hatched
 * orange; bits the two agree on are grey when set and dark when free, so only the difference stands out.
 */
final class DiffCells implements CellArt {

    /** Set in the first (the branch) only. */
    static final int ONLY_FIRST = 0x3ddc97;
    /** Set in the second (the parent) only. */
    static final int ONLY_SECOND = 0xff7a45;
    /** Set in both: quiet, as it is no difference. */
    static final int BOTH = 0x4f5666;

    private EventBitmap first;
    private BitmapDiff diff;
    private String firstName = "";
    private String secondName = "";

    /** Paints {@code shownFirst} against {@code shownSecond}, two bitmaps of one pool, from now on. */
    void show(EventBitmap shownFirst, EventBitmap shownSecond, String nameOfFirst, String nameOfSecond) {
        first = shownFirst;
        diff = BitmapDiff.of(shownFirst.state(), shownSecond.state());
        firstName = nameOfFirst;
        secondName = nameOfSecond;
    }

    /** The bits that differ, in every chunk. */
    long differing() {
        return diff.differing();
    }

    @Override
    public void laidOut(GridLayout layout) {
        // the counts are read cell by cell as painted: nothing to prepare
    }

    @Override
    public void paint(GridBlock block, int cell, CellPixels pixels) {
        BitmapDiff.Counts counts = counts(block, cell);
        Box square = block.cell(cell);
        if (counts.onlyFirst() > 0) {
            pixels.fill(square, ONLY_FIRST);
            if (counts.onlySecond() > 0) {
                pixels.hatch(square, ONLY_SECOND);
            }
        } else if (counts.onlySecond() > 0) {
            pixels.fill(square, ONLY_SECOND);
        } else {
            pixels.fill(square, counts.both() > 0 ? BOTH : Palette.colours().free());
        }
    }

    private BitmapDiff.Counts counts(GridBlock block, int cell) {
        long from = block.firstBit(cell);
        return diff.counts(block.chunk(), from, from + block.bitsIn(cell));
    }

    @Override
    public long[] words(GridBlock block) {
        return first.state().words(block.chunk());
    }

    @Override
    public long setBits(GridBlock block) {
        return first.setBits(block.chunk(), 0, block.bitCount());
    }

    @Override
    public String describe(GridBlock block, int cell) {
        return BitmapDiff.describe(counts(block, cell), block.bitsIn(cell), firstName, secondName);
    }

    @Override
    public List<LegendEntry> legend() {
        return List.of(new LegendEntry(ONLY_FIRST, "set in " + firstName + " only"),
                new LegendEntry(ONLY_SECOND, "set in " + secondName + " only"),
                new LegendEntry(BOTH, "set in both"), new LegendEntry(Palette.colours().free(), "free in both"));
    }
}
