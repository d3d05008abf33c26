package dev.poolscope.ui.heatgrid;

import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.model.grid.GridBlock;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Heat Grid's extent overlay, painted by the one {@link GridCanvas} over either mode's cells: a
 * cell whose bits are all free takes the ramp colour of the length class of the free extent it lies
 * in ({@link Palette#extent}), so a run of short holes reads at a glance; cells with an allocated
 * bit keep the mode's colours. Off, it paints nothing.
 */
final class ExtentShading {

    private boolean on;
    /** Per block painted this frame: its chunk's extents, starts ascending. */
    private final Map<Integer, ExtentStats> extents = new HashMap<>();

    boolean isOn() {
        return on;
    }

    void setOn(boolean shaded) {
        on = shaded;
    }

    /** Reads the extents of {@code block}'s chunk from its bitmap {@code words}, before its cells are painted. */
    void prepare(GridBlock block, long[] words) {
        if (on) {
            extents.put(block.chunk(), ExtentStats.ofChunk(words, block.bitCount()));
        }
    }

    /** Shades cell {@code cell} of {@code block} when it lies wholly in a free extent. */
    void paint(GridBlock block, int cell, CellPixels pixels) {
        if (!on) {
            return;
        }
        ExtentStats stats = extents.get(block.chunk());
        int index = extentHolding(stats, block.firstBit(cell));
        if (index >= 0 && stats.extentStart(index) + stats.extentLength(index) >= block.firstBit(cell) + block.bitsIn(cell)) {
            pixels.fill(block.cell(cell), Palette.extent(ExtentStats.lengthClass(stats.extentLength(index))));
        }
    }

    /** The extent holding {@code bit}, or -1 when the bit is allocated (binary search over the starts). */
    private static int extentHolding(ExtentStats stats, long bit) {
        int low = 0;
        int high = stats.extents() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (stats.extentStart(middle) > bit) {
                high = middle - 1;
            } else if (stats.extentStart(middle) + stats.extentLength(middle) <= bit) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** The legend: the ramp, then the mode's entries without its plain "free" (every free cell is shaded). */
    List<CellArt.LegendEntry> legend(List<CellArt.LegendEntry> modes, int free) {
        if (!on) {
            return modes;
        }
        List<CellArt.LegendEntry> entries = new ArrayList<>();
        int last = Palette.extentClasses() - 1;
        for (int c = 0; c <= last; c++) {
            String lengths = c == last ? MetricText.lengthClassAndAbove(c) : MetricText.lengthClass(c);
            entries.add(new CellArt.LegendEntry(Palette.extent(c), (c == 0 ? "free extent " : "") + lengths));
        }
        entries.addAll(modes.stream().filter(e -> e.rgb() != free).toList());
        return entries;
    }
}
