package dev.poolscope.ui.charts;

import dev.poolscope.ui.heatgrid.Palette;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The charts' look: the heat grid's dark palette, quiet grid lines, a small legend at the top right. */
final class ChartStyle {

    static final int BACKGROUND = Palette.BACKGROUND;
    static final int PLOT_BACKGROUND = 0x1b1e24;
    /** The current event's marker; drawn by the canvas, not by JFreeChart, so that it lands on whole pixels. */
    static final int CURSOR = 0xfff2a8;

    private static final Color TEXT = new Color(Palette.TEXT);
    private static final Color TEXT_DIM = new Color(Palette.TEXT_DIM);
    private static final Color GRID = new Color(0x2e333d);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private ChartStyle() {
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(new Color(BACKGROUND));
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(TEXT);
            chart.getTitle().setFont(TITLE_FONT);
            chart.getTitle().setPosition(RectangleEdge.TOP);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(new Color(BACKGROUND));
            legend.setItemPaint(TEXT);
            legend.setItemFont(LABEL_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16)); // room between one item and the next's line
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(PLOT_BACKGROUND));
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        // solid grid lines: JFreeChart's default dashes flicker into noise at small sizes
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        axis(plot.getDomainAxis());
        axis(plot.getRangeAxis());
    }

    private static void axis(ValueAxis axis) {
        axis.setLabelPaint(TEXT_DIM);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelPaint(TEXT_DIM);
        axis.setTickLabelFont(TICK_FONT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
    }
}
