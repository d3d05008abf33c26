package dev.poolscope.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.Workload;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The charts of a scheduled three-thread run on a real SWT display: each paints its data inside its plot
 * area, a click at the column of an event seeks to that event (within a bucket), and the cursor
 * line is drawn at the column of the current event.
 */
class ChartCanvasTest {

    private static TraceSeries series;

    private Display display;
    private Shell shell;
    private ChartStack stack;
    private final List<Long> seeks = new ArrayList<>();

    @BeforeAll
    static void recordRun() throws Exception {
        Workload workload = Workload.parse("threads=3 ops=3000 fill=0.9 sizes=uniform:32..3000 "
                + "chunks=64KiB@0x10000000,48KiB@0x20000000 seed=5");
        // the controlled scheduler, so that the races and retries the charts show are the same every run
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        new ControlledScheduler(Schedule.random(5)).run(workload, recorder, clock);
        try (MemoryTrace trace = recorder.trace(workload.header())) {
            series = TraceSeries.of(trace);
        }
    }

    @BeforeEach
    void openCharts() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        stack = new ChartStack(shell, series, seeks::add);
        shell.setSize(1000, 900);
        shell.open();
    }

    @AfterEach
    void closeCharts() {
        shell.dispose();
    }

    @Test
    void everyChartPaintsItsDataInsideItsPlotArea() {
        for (ChartCanvas chart : stack.charts()) {
            ImageData pixels = paint(chart);
            Rectangle area = chart.plotArea();
            assertTrue(area.width > 500 && area.height > 100, "plot area " + area);
            int plotBackground = 0;
            int bright = 0;
            for (int x = area.x + 2; x < area.x + area.width - 2; x++) {
                for (int y = area.y + 2; y < area.y + area.height - 2; y++) {
                    RGB colour = pixelAt(pixels, x, y);
                    plotBackground += rgb(colour) == ChartStyle.PLOT_BACKGROUND ? 1 : 0;
                    // data lines are bright; the background and the grid lines are dark
                    bright += Math.max(colour.red, Math.max(colour.green, colour.blue)) > 0x80 ? 1 : 0;
                }
            }
            String title = chart.chart().getTitle().getText();
            assertTrue(plotBackground > area.width * area.height / 2, title + ": the plot area is mostly plot background");
            assertTrue(bright > area.width / 4, title + ": " + bright + " bright data pixels");
        }
    }

    @Test
    void aClickSeeksToTheEventUnderTheMouse() {
        ChartCanvas chart = stack.charts().get(1);
        paint(chart);
        Rectangle area = chart.plotArea();
        long first = series.firstSeq();
        long last = series.lastSeq();
        for (double share : new double[] {0.1, 0.37, 0.9}) {
            long seq = first + Math.round(share * (last - first));
            // the column of seq, from the plot area and the trace's span alone
            int x = area.x + (int) Math.round((seq - first) / (double) (last - first) * area.width);
            seeks.clear();
            click(chart, x, area.y + area.height / 2);
            assertEquals(1, seeks.size(), "one seek per click");
            long width = series.bucketing().width();
            assertTrue(Math.abs(seeks.get(0) - seq) <= width, "clicked at " + seq + ", seeked to " + seeks.get(0)
                    + " (buckets of " + width + ")");
        }
        seeks.clear();
        click(chart, area.x - 10, area.y + area.height / 2);
        assertTrue(seeks.isEmpty(), "a click left of the plot area does not seek");
    }

    @Test
    void theCursorIsDrawnAtTheColumnOfTheCurrentEvent() {
        ChartCanvas chart = stack.charts().get(0);
        paint(chart);
        Rectangle area = chart.plotArea();
        long seq = series.firstSeq() + (series.lastSeq() - series.firstSeq()) * 2 / 3;
        int x = area.x + (int) Math.round((seq - series.firstSeq()) / (double) (series.lastSeq() - series.firstSeq())
                * area.width);
        assertFalse(isCursorColumn(paint(chart), x, area), "no cursor before one is set");

        stack.setCursor(seq);
        ImageData pixels = paint(chart);

        assertTrue(isCursorColumn(pixels, x, area), "the cursor line at x=" + x);
        assertFalse(isCursorColumn(pixels, x - 20, area), "and not 20 pixels to its left");
        for (ChartCanvas other : stack.charts()) {
            assertEquals(seq, other.cursor(), "every chart of the stack has the cursor");
        }
    }

    /** True when the column at {@code x}, or one next to it (rounding), is the cursor colour from top to bottom of the plot area. */
    private static boolean isCursorColumn(ImageData pixels, int x, Rectangle area) {
        for (int column = x - 1; column <= x + 1; column++) {
            boolean whole = true;
            for (int y = area.y + 1; y < area.y + area.height - 1; y++) {
                whole &= rgb(pixelAt(pixels, column, y)) == ChartStyle.CURSOR;
            }
            if (whole) {
                return true;
            }
        }
        return false;
    }

    private void click(ChartCanvas chart, int x, int y) {
        Event down = new Event();
        down.button = 1;
        down.x = x;
        down.y = y;
        chart.control().notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.button = 1;
        up.x = x;
        up.y = y;
        chart.control().notifyListeners(SWT.MouseUp, up);
    }

    /** Reads back what the chart paints. */
    private ImageData paint(ChartCanvas chart) {
        return ControlPixels.of(chart.control());
    }

    private static RGB pixelAt(ImageData pixels, int x, int y) {
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    private static int rgb(RGB colour) {
        return (colour.red << 16) | (colour.green << 8) | colour.blue;
    }
}
