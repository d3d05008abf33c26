package dev.poolscope.ui.fragmentation;

import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.ui.heatgrid.Palette;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The free extents' histogram by power-of-two length class (the buddyinfo analogue): one bar per
 * class from length 1 up to the longest class the chunk or pool could hold, its count above it and
 * its lengths (1, 2–3, 4–7, …) below, in the Heat Grid overlay's colour of the class; bars share one
 * scale, the tallest reaching the top.
 */
public final class ExtentHistogram {

    private static final int GAP = 4;

    private final Canvas canvas;
    private long[] counts = new long[0];

    public ExtentHistogram(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.setToolTipText(FragmentationMetric.HISTOGRAM.formula());
    }

    public Canvas control() {
        return canvas;
    }

    /**
     * Shows {@code histogram}'s classes 0..{@code lastClass} ({@code histogram[c]} extents of class c).
     */
    public void show(long[] histogram, int lastClass) {
        counts = Arrays.copyOf(histogram, lastClass + 1);
        canvas.redraw();
    }

    /** The counts drawn, class 0 first. */
    public long[] counts() {
        return counts.clone();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        int line = gc.getFontMetrics().getHeight();
        String title = FragmentationMetric.HISTOGRAM.title() + " (extents per length class)";
        // a narrow view gets the short title whole rather than the long one cut
        gc.drawText(gc.textExtent(title).x + 8 <= area.width ? title : FragmentationMetric.HISTOGRAM.title(), 4, 2, true);
        if (counts.length == 0) {
            return;
        }
        long max = 1;
        for (long count : counts) {
            max = Math.max(max, count);
        }
        int top = 2 * line + 6;
        int bottom = area.height - 2 * line - 4;
        int width = Math.max(1, (area.width - 8) / counts.length);
        int[] labelEnds = {Integer.MIN_VALUE, Integer.MIN_VALUE}; // right edge of the last label in each row
        for (int c = 0; c < counts.length; c++) {
            int x = 4 + c * width;
            gc.setBackground(Palette.colour(Palette.extent(c)));
            int height = (int) Math.round((bottom - top) * (double) counts[c] / max);
            gc.fillRectangle(x + GAP / 2, bottom - height, Math.max(1, width - GAP), height);
            centred(gc, MetricText.count(counts[c]), x, width, bottom - height - line, Integer.MIN_VALUE, area.width);
            labelEnds[c % 2] = centred(gc, MetricText.lengthClass(c), x, width, bottom + 2 + (c % 2) * line,
                    labelEnds[c % 2], area.width);
        }
    }

    /**
     * Draws {@code text} centred over the bar at {@code x} of {@code width} unless it would overlap
     * the label ending at {@code after} or pass the {@code right} edge (labels alternate rows; on
     * narrow bars some are left out).
     *
     * @return the drawn label's right edge, or {@code after} when it was left out
     */
    private static int centred(GC gc, String text, int x, int width, int y, int after, int right) {
        Point extent = gc.textExtent(text);
        int left = x + (width - extent.x) / 2;
        if (left <= after + 4 || left + extent.x > right) {
            return after;
        }
        gc.drawText(text, left, y, true);
        return left + extent.x;
    }
}
