package dev.poolscope.report.chart;

import java.util.Locale;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Chart axes that count things (failed allocations, extents, units, events, operations): they tick on
 * whole numbers only, since a count has no halves. The one rule the report's PNG charts and the
 * workbench's charts both follow; plain JFreeChart, no SWT, no AWT display.
 */
public final class CountAxes {

    /** The least span of a count axis: all-zero counts still show 0 and 1, not a sliver around 0. */
    private static final double LEAST_SPAN = 1;

    private CountAxes() {
    }

    /** A new axis labelled {@code label} that ticks on whole numbers. */
    public static NumberAxis create(String label) {
        return wholeTicks(new NumberAxis(label));
    }

    /** Makes {@code axis} tick on whole numbers (1, 2, 5, 10, ... apart) and span at least one; returns it. */
    public static NumberAxis wholeTicks(NumberAxis axis) {
        axis.setStandardTickUnits(ticks());
        axis.setAutoRangeMinimumSize(LEAST_SPAN);
        axis.setMinorTickCount(0);
        return axis;
    }

    /** The tick units a count axis picks from: whole numbers only, written in {@link Locale#ROOT} ("1,000"). */
    public static TickUnitSource ticks() {
        return NumberAxis.createIntegerTickUnits(Locale.ROOT);
    }
}
