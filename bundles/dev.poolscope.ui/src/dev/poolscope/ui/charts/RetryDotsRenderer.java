package dev.poolscope.ui.charts;

import org.jfree.chart.LegendItem;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/**
 * Lines with a dot only where the value is above zero: in the retries chart every thread has a
 * point in most buckets, nearly all at zero, and dots there would bury the zero line in colour.
 * The legend shows every series with its dot, whatever its first value.
 */
final class RetryDotsRenderer extends XYLineAndShapeRenderer {

    private static final long serialVersionUID = 1L;

    RetryDotsRenderer() {
        super(true, true);
    }

    @Override
    public boolean getItemShapeVisible(int series, int item) {
        return getPlot().getDataset().getYValue(series, item) > 0; // false for the NaN of a gap too
    }

    @Override
    public LegendItem getLegendItem(int datasetIndex, int series) {
        LegendItem item = super.getLegendItem(datasetIndex, series);
        if (item != null) {
            item.setShapeVisible(true);
        }
        return item;
    }
}
