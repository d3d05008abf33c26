package dev.poolscope.ui.charts;

import dev.poolscope.ui.ThreadColours;

import dev.poolscope.analysis.Series;
import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.report.chart.CountAxes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The three charts of a trace's series, all over the same domain (the trace's events, first to
 * last) so that stacked charts line up event for event.
 */
public final class TraceCharts {

    private static final Color POOL = new Color(0x5cc8ff);
    private static final Color FAILURES = new Color(0xffa040);
    private static final Color ROLLBACKS = new Color(0xff5a5a);
    /** Chunk lines are thinner and dimmer than the pool's, which is what one reads first. */
    private static final float CHUNK_ALPHA = 0.55f;
    private static final long MIB = 1 << 20;

    private TraceCharts() {
    }

    /** The pool's avail, and each chunk's when there are several, over events; in KiB, or MiB for large pools. */
    public static JFreeChart avail(TraceSeries series) {
        long largest = 0;
        for (int i = 0; i < series.avail().size(); i++) {
            largest = Math.max(largest, (long) series.avail().value(i));
        }
        boolean mebibytes = largest >= 4 * MIB;
        double unit = mebibytes ? MIB : 1024;
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(xy(series.avail(), unit));
        List<Series> chunks = series.chunkAvail();
        if (chunks.size() > 1) {
            chunks.forEach(chunk -> data.addSeries(xy(chunk, unit)));
        }
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, POOL);
        lines.setSeriesStroke(0, new BasicStroke(2f));
        for (int chunk = 0; chunk < data.getSeriesCount() - 1; chunk++) {
            Color hue = new Color(ThreadColours.of(chunk + 2)); // the palette's greens, pinks, yellows: apart from the pool's blue
            lines.setSeriesPaint(chunk + 1, new Color(hue.getRed(), hue.getGreen(), hue.getBlue(),
                    Math.round(255 * CHUNK_ALPHA)));
            lines.setSeriesStroke(chunk + 1, new BasicStroke(1f));
        }
        return chart("Avail over events", series, data, lines, mebibytes ? "avail (MiB)" : "avail (KiB)");
    }

    /** Failed CASes and rollbacks per 1,000 events. */
    public static JFreeChart contention(TraceSeries series) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(xy(series.casFailuresPerKiloEvent(), 1));
        data.addSeries(xy(series.rollbacksPerKiloEvent(), 1));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, FAILURES);
        lines.setSeriesPaint(1, ROLLBACKS);
        lines.setSeriesStroke(0, new BasicStroke(1.5f));
        lines.setSeriesStroke(1, new BasicStroke(1.5f));
        return chart("CAS failures and rollbacks", series, data, lines, "per 1,000 events");
    }

    /**
     * Each thread's mean retries per allocation, a line per thread in its thread colour. A thread
     * has points only where it ended allocations, so its line breaks where buckets have none rather
     * than drawing a slope across them; a dot marks every bucket where it retried at all.
     */
    public static JFreeChart retries(TraceSeries series) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new RetryDotsRenderer();
        List<Series> threads = series.retriesPerAlloc();
        long width = series.bucketing().width();
        for (int thread = 0; thread < threads.size(); thread++) {
            // the title says what is counted: the legend names only the thread
            data.addSeries(xyWithGaps("T" + thread, threads.get(thread), width));
            lines.setSeriesPaint(thread, new Color(ThreadColours.of(thread)));
            lines.setSeriesStroke(thread, new BasicStroke(1.5f));
            lines.setSeriesShape(thread, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        return chart("Retries per allocation, per thread", series, data, lines, "retries / alloc");
    }

    /** An XY chart over {@code series}' events, in the charts' style; its y axis is no count. */
    static JFreeChart chart(String title, TraceSeries series, XYSeriesCollection data,
            XYLineAndShapeRenderer renderer, String rangeLabel) {
        return chart(title, series, data, renderer, new NumberAxis(rangeLabel));
    }

    /** An XY chart over {@code series}' events, in the charts' style, with {@code range} as its y axis. */
    static JFreeChart chart(String title, TraceSeries series, XYSeriesCollection data,
            XYLineAndShapeRenderer renderer, NumberAxis range) {
        NumberAxis events = CountAxes.create("event");
        events.setNumberFormatOverride(NumberFormat.getIntegerInstance()); // grouped: 1,250,000
        // every chart spans the whole trace, whatever its data, so stacked charts line up
        events.setRange(series.firstSeq(), Math.max(series.firstSeq() + 1, series.lastSeq()));
        range.setAutoRangeIncludesZero(true);
        range.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
        XYPlot plot = new XYPlot(data, events, range, renderer);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        return chart;
    }

    /**
     * {@code series} as JFreeChart data with a missing value (NaN y) after every point whose next
     * one is more than a bucket away: JFreeChart draws no line segment to or from a missing value.
     */
    private static XYSeries xyWithGaps(String name, Series series, long bucketWidth) {
        XYSeries xy = new XYSeries(name, false, false);
        for (int i = 0; i < series.size(); i++) {
            if (i > 0 && series.seq(i) - series.seq(i - 1) > bucketWidth) {
                xy.add(series.seq(i - 1) + 1, Double.NaN, false);
            }
            xy.add(series.seq(i), series.value(i), false);
        }
        return xy;
    }

    /** {@code series} as JFreeChart data, values divided by {@code unit}. */
    static XYSeries xy(Series series, double unit) {
        return xy(series, series.name(), unit);
    }

    /** {@code series} as JFreeChart data named {@code name}, values divided by {@code unit}. */
    static XYSeries xy(Series series, String name, double unit) {
        // no sorting, no duplicate check: the points come in strictly increasing event order
        XYSeries xy = new XYSeries(name, false, false);
        for (int i = 0; i < series.size(); i++) {
            xy.add(series.seq(i), series.value(i) / unit, false);
        }
        return xy;
    }
}
