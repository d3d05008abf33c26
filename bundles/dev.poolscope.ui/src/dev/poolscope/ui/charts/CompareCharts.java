package dev.poolscope.ui.charts;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.ComparisonRow;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.report.chart.CountAxes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import java.text.NumberFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Compare view's chart: external fragmentation E = 1 − L/F after each checkpoint of the replay,
 * one line per contender, over the operations replayed (not events: every contender replays the same
 * operations, each taking its own events to do so).
 */
public final class CompareCharts {

    /** One hue per contender, in the order compared: apart from each other on the dark plot. */
    private static final int[] HUES = {0x5cc8ff, 0xffa040, 0x7ee07e, 0xff6fb5, 0xf2e35c, 0xb08cff, 0x4fe0d0,
        0xff5a5a};

    private CompareCharts() {
    }

    /** The hue of the {@code index}th contender compared, as 0xRRGGBB. */
    public static int hue(int index) {
        return HUES[index % HUES.length];
    }

    /** E over operations, a line per contender of {@code comparison}. */
    public static JFreeChart external(Comparison comparison) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (ContenderResult result : comparison.results()) {
            XYSeries series = new XYSeries(result.contender().name(), false, false);
            for (ComparisonRow row : result.rows()) {
                series.add(row.afterOps(), row.extents().external());
            }
            int index = data.getSeriesCount();
            data.addSeries(series);
            lines.setSeriesPaint(index, new Color(hue(index)));
            lines.setSeriesStroke(index, new BasicStroke(1.5f));
        }
        NumberAxis operations = CountAxes.create("operations replayed");
        operations.setNumberFormatOverride(NumberFormat.getIntegerInstance());
        operations.setRange(0, Math.max(1, comparison.log().operations()));
        NumberAxis range = new NumberAxis("E");
        range.setRange(0, 1);
        range.setNumberFormatOverride(new DecimalFormat("0.##"));
        XYPlot plot = new XYPlot(data, operations, range, lines);
        // no legend: the table beside the chart names each line in its colour, and a legend of many names crowds it
        // short: a narrow view wraps a long title over the plot; the view's caption says whose line is whose
        JFreeChart chart = new JFreeChart("E = 1 \u2212 L/F over the operations",
                JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        return chart;
    }
}
