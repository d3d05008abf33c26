package dev.poolscope.report;

import dev.poolscope.report.chart.CountAxes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a report's figures as PNG with JFreeChart, headless (AWT needs no display when
 * {@code java.awt.headless} is true, which {@link #png} sets before the first chart).
 */
final class ReportCharts {

    /** The PNG size: as wide as the page's text column on a laptop screen, at 1:1 pixels. */
    static final int WIDTH = 960;
    static final int HEIGHT = 360;

    private static final Color[] LINES = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x8c564b), new Color(0x17becf)};

    private ReportCharts() {
    }

    /** Writes {@code figure}'s chart to {@code out} as a {@value #WIDTH}x{@value #HEIGHT} PNG. */
    static void png(Block.Figure figure, OutputStream out) throws IOException {
        System.setProperty("java.awt.headless", "true");
        ChartUtils.writeChartAsPNG(out, chart(figure), WIDTH, HEIGHT);
    }

    /** {@code figure}'s chart as {@link #png} draws it. */
    static JFreeChart chart(Block.Figure figure) {
        JFreeChart chart = figure.kind() == Block.ChartKind.BARS ? bars(figure) : lines(figure);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        return chart;
    }

    private static JFreeChart lines(Block.Figure figure) {
        Table table = figure.table();
        XYSeriesCollection data = new XYSeriesCollection();
        for (int column : figure.ys()) {
            XYSeries series = new XYSeries(table.columns().get(column), false, true);
            for (int row = 0; row < table.rows().size(); row++) {
                series.add(table.number(row, figure.xColumn()), table.number(row, column));
            }
            data.addSeries(series);
        }
        NumberAxis x = CountAxes.create(figure.xLabel()); // events or operations
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = rangeAxis(figure);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < figure.ys().size(); i++) {
            renderer.setSeriesPaint(i, LINES[i % LINES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }

    /** The y axis: on whole numbers when the figure counts things. */
    private static NumberAxis rangeAxis(Block.Figure figure) {
        return figure.yCounts() ? CountAxes.create(figure.yLabel()) : new NumberAxis(figure.yLabel());
    }

    private static JFreeChart bars(Block.Figure figure) {
        Table table = figure.table();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int column : figure.ys()) {
            for (int row = 0; row < table.rows().size(); row++) {
                data.addValue(table.number(row, column), table.columns().get(column),
                        table.rows().get(row).get(figure.xColumn()));
            }
        }
        CategoryAxis x = new CategoryAxis(figure.xLabel());
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, LINES[0]);
        CategoryPlot plot = new CategoryPlot(data, x, rangeAxis(figure), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    }
}
