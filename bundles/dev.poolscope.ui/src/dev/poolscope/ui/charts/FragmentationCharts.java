package dev.poolscope.ui.charts;

import dev.poolscope.analysis.ExtentSeries;
import dev.poolscope.analysis.FragmentationSeries;
import dev.poolscope.analysis.Series;
import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.report.chart.CountAxes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Fragmentation view's charts over a trace's events, from the fragmentation series built in the
 * pass that opened it: E and U(n) of a chunk or the pool, F and L, and the failed allocations per
 * bucket by reason. Each legend names its metrics as {@link FragmentationMetric} does; the tooltips
 * give their formulas.
 */
public final class FragmentationCharts {

    /** The ratios chart's tooltip: the formulas of E and U(n). */
    public static final String RATIOS_TIP = tip(FragmentationMetric.EXTERNAL, FragmentationMetric.UNUSABLE);
    /** The units chart's tooltip: the formulas of F and L. */
    public static final String UNITS_TIP = tip(FragmentationMetric.FREE, FragmentationMetric.LARGEST);
    /** The failures chart's tooltip: what each reason means. */
    public static final String FAILURES_TIP = Stream.of(FailureReason.values())
            .map(reason -> reason.label() + ": " + reason.meaning()).collect(Collectors.joining("\n"));

    private static final Color EXTERNAL = new Color(0x5cc8ff);
    private static final Color LARGEST = new Color(0x7ee07e);
    /** One hue per request size of U(n), warm so they stand apart from E's blue. */
    private static final int[] UNUSABLE = {0xffd060, 0xffa040, 0xff7060, 0xe070d0, 0xb090ff, 0x90e0e0};
    private static final Map<FailureReason, Color> REASON = Map.of(FailureReason.NO_SPACE, new Color(0xff5a5a),
            FailureReason.FRAGMENTATION, new Color(0xffa040), FailureReason.ALIGNMENT, new Color(0xc890ff),
            FailureReason.LOST_RACE, new Color(0x5cc8ff));

    private FragmentationCharts() {
    }

    /** E and U(n) for every request size of the series, 0 to 1, of {@code extents} ("pool" or "chunk 2"). */
    public static JFreeChart ratios(TraceSeries series, ExtentSeries extents, String what) {
        long[] units = series.fragmentation().requestUnits();
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(TraceCharts.xy(extents.external(), label(FragmentationMetric.EXTERNAL, "E"), 1));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, EXTERNAL);
        lines.setSeriesStroke(0, new BasicStroke(2f));
        for (int i = 0; i < units.length; i++) {
            data.addSeries(TraceCharts.xy(extents.unusable().get(i), "U(" + units[i] + ")", 1));
            lines.setSeriesPaint(i + 1, new Color(UNUSABLE[i % UNUSABLE.length]));
            lines.setSeriesStroke(i + 1, new BasicStroke(1.2f));
        }
        // a short title: the legend names each line, and a long title wraps over the plot in a narrow view
        JFreeChart chart = TraceCharts.chart("E and U(n), " + what, series, data, lines, "ratio");
        chart.getXYPlot().getRangeAxis().setRange(0, 1.02);
        return chart;
    }

    /** F and L of {@code extents}, in units. */
    public static JFreeChart units(TraceSeries series, ExtentSeries extents, String what) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(TraceCharts.xy(extents.free(), label(FragmentationMetric.FREE, "F"), 1));
        data.addSeries(TraceCharts.xy(extents.largest(), label(FragmentationMetric.LARGEST, "L"), 1));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, EXTERNAL);
        lines.setSeriesPaint(1, LARGEST);
        lines.setSeriesStroke(0, new BasicStroke(1.5f));
        lines.setSeriesStroke(1, new BasicStroke(1.5f));
        return TraceCharts.chart("F and L, " + what, series, data, lines, CountAxes.create("units"));
    }

    /**
     * The failed allocations of each bucket as a mark per reason, at the bucket's last event, for the
     * whole pool (a request searches every chunk). Buckets without a failure have no mark.
     */
    public static JFreeChart failures(TraceSeries series) {
        FragmentationSeries fragmentation = series.fragmentation();
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        for (FailureReason reason : FailureReason.values()) {
            int index = data.getSeriesCount();
            data.addSeries(nonZero(fragmentation.failedAllocs(reason), reason.label()));
            marks.setSeriesPaint(index, REASON.get(reason));
            marks.setSeriesShape(index, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        long total = fragmentation.failures().size();
        return TraceCharts.chart("Failed allocations per bucket (" + total + " in all, whole pool)", series,
                data, marks, CountAxes.create("failed"));
    }

    /** "E — External fragmentation": the symbol the formulas use, then the metric's title. */
    private static String label(FragmentationMetric metric, String symbol) {
        return symbol + " \u2014 " + metric.title();
    }

    private static String tip(FragmentationMetric... metrics) {
        return Stream.of(metrics).map(metric -> metric.title() + ": " + metric.formula())
                .collect(Collectors.joining("\n"));
    }

    private static XYSeries nonZero(Series series, String name) {
        XYSeries marks = new XYSeries(name, false, false);
        for (int i = 0; i < series.size(); i++) {
            if (series.value(i) > 0) {
                marks.add(series.seq(i), series.value(i), false);
            }
        }
        return marks;
    }

    /** The charts the Fragmentation view stacks for {@code extents}: ratios, units, failures. */
    public static List<JFreeChart> all(TraceSeries series, ExtentSeries extents, String what) {
        return List.of(ratios(series, extents, what), units(series, extents, what), failures(series));
    }
}
