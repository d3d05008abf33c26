package dev.poolscope.ui.charts;

import dev.poolscope.report.chart.CountAxes;
import dev.poolscope.trace.explore.ExploreResult;
import dev.poolscope.trace.explore.OutcomeRow;
import dev.poolscope.ui.heatgrid.Palette;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The Explore view's chart: a bar per outcome, as high as the executions that reached it, numbered
 * as the table numbers the outcomes; a violation's bar in red, an outcome no sequential order gives
 * in amber, the others in blue.
 */
public final class ExploreCharts {

    public static final int VIOLATION = Palette.ROLLBACK;
    public static final int NOT_SEQUENTIAL = 0xffa040;
    public static final int SEQUENTIAL = 0x5cc8ff;

    private ExploreCharts() {
    }

    /** The colour of an outcome's bar (and of its row's mark in the table), as 0xRRGGBB. */
    public static int colour(OutcomeRow row) {
        return row.violates() ? VIOLATION : row.sequential() ? SEQUENTIAL : NOT_SEQUENTIAL;
    }

    public static JFreeChart outcomes(ExploreResult result) {
        List<OutcomeRow> rows = result.rows();
        XYSeries series = new XYSeries("executions", false, false);
        for (int i = 0; i < rows.size(); i++) {
            series.add(i + 1, rows.get(i).executions());
        }
        XYBarRenderer bars = new XYBarRenderer(0.2) {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int seriesIndex, int item) {
                return new Color(colour(rows.get(item)));
            }
        };
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        NumberAxis outcome = CountAxes.create("outcome (the table's #)");
        outcome.setRange(0.5, Math.max(1, rows.size()) + 0.5);
        NumberAxis executions = CountAxes.create("executions");
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), outcome, executions, bars);
        JFreeChart chart = new JFreeChart("Executions per outcome", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        return chart;
    }
}
