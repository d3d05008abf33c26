package dev.poolscope.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.Workload;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * A chart taller than the view that holds it (a scrolled view in a short tab folder) paints only inside the
 * view: nothing of it lands on what lies below (the view's border, the window's status line).
 */
class ChartClipTest {

    private static final RGB BELOW = new RGB(255, 255, 255);

    @Test
    void aChartTallerThanItsViewPaintsNothingBelowTheView() throws Exception {
        Workload workload = Workload.parse("threads=2 ops=300 fill=0.9 sizes=uniform:32..3000 chunks=16KiB@0x10000000 "
                + "seed=3");
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        new ControlledScheduler(Schedule.random(3)).run(workload, recorder, clock);
        TraceSeries series;
        try (MemoryTrace trace = recorder.trace(workload.header())) {
            series = TraceSeries.of(trace);
        }
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        Color white = new Color(display, BELOW);
        try {
            Composite window = new Composite(shell, SWT.NONE);
            window.setBackground(white);
            window.setBounds(0, 0, 400, 300);
            Composite view = new Composite(window, SWT.NONE);
            view.setBounds(0, 0, 400, 150);
            ChartCanvas chart = new ChartCanvas(view, TraceCharts.avail(series), seq -> { });
            chart.control().setBounds(0, 0, 400, 400); // as a scrolled view's content: taller than the view
            shell.setSize(400, 300);
            shell.open();
            ImageData pixels = ControlPixels.of(window);
            int painted = 0;
            for (int y = 160; y < 295; y++) {
                for (int x = 5; x < 395; x++) {
                    painted += pixels.palette.getRGB(pixels.getPixel(x, y)).equals(BELOW) ? 0 : 1;
                }
            }
            assertEquals(0, painted, "pixels below the view that the chart painted");
        } finally {
            shell.dispose();
            white.dispose();
        }
    }
}
