package dev.poolscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.poolscope.report.chart.CountAxes;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The report's charts tick count axes (units, extents, events, operations) on whole numbers only. */
class ReportChartsTest {

    /** Three checkpoints of few events and small counts: left to itself JFreeChart would tick at 0.5 or 0.25. */
    private static final Table SMALL = new Table("small", List.of("event", "F", "L", "E"), List.of(
            List.of("0", "0", "0", "0.5"), List.of("1", "1", "1", "0.25"), List.of("2", "2", "1", "0.75")));

    /** Every tick unit the axis can pick, from the finest on, is a whole number. */
    static void assertWholeTicks(ValueAxis axis) {
        TickUnitSource units = ((NumberAxis) axis).getStandardTickUnits();
        for (double size : new double[] {1e-6, 0.01, 0.25, 0.5, 1.5, 7, 123.4, 1e7}) {
            double unit = units.getCeilingTickUnit(size).getSize();
            assertEquals(Math.rint(unit), unit, "tick unit " + unit + " for " + size);
        }
    }

    /** Draws {@code chart} small, as a crowded page would, so JFreeChart picks its ticks. */
    private static void draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(320, 160, BufferedImage.TYPE_INT_RGB);
        chart.draw(image.createGraphics(), new Rectangle2D.Double(0, 0, 320, 160));
    }

    @Test
    void aChartOfUnitsTicksOnWholeNumbersOnBothAxes() {
        JFreeChart chart = ReportCharts.chart(new Block.Figure("units", SMALL, Block.ChartKind.LINES, 0, "events",
                List.of(1, 2), "units", true, "F and L."));
        draw(chart);
        XYPlot plot = chart.getXYPlot();
        assertWholeTicks(plot.getDomainAxis());
        assertWholeTicks(plot.getRangeAxis());
        double chosen = ((NumberAxis) plot.getRangeAxis()).getTickUnit().getSize();
        assertEquals(Math.rint(chosen), chosen, "the tick unit drawn");
    }

    @Test
    void aChartOfRatiosKeepsFractionalTicks() {
        JFreeChart chart = ReportCharts.chart(new Block.Figure("ratios", SMALL, Block.ChartKind.LINES, 0, "events",
                List.of(3), "ratio", false, "E."));
        draw(chart);
        double chosen = ((NumberAxis) chart.getXYPlot().getRangeAxis()).getTickUnit().getSize();
        assertNotEquals(Math.rint(chosen), chosen, "a ratio between 0.25 and 0.75 ticks between whole numbers");
        assertWholeTicks(chart.getXYPlot().getDomainAxis());
    }

    @Test
    void theHistogramCountsExtentsOnWholeNumbers() {
        Table histogram = new Table("histogram", List.of("class", "lengths", "extents"),
                List.of(List.of("0", "1", "1"), List.of("1", "2-3", "2")));
        JFreeChart chart = ReportCharts.chart(MetricsTables.histogramFigure(histogram, "at the end"));
        draw(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        assertWholeTicks(plot.getRangeAxis());
        double chosen = ((NumberAxis) plot.getRangeAxis()).getTickUnit().getSize();
        assertEquals(Math.rint(chosen), chosen, "the tick unit drawn");
    }

    @Test
    void anAllZeroCountStillSpansOne() {
        NumberAxis axis = CountAxes.create("failed");
        assertEquals(1, axis.getAutoRangeMinimumSize());
        assertWholeTicks(axis);
    }
}
