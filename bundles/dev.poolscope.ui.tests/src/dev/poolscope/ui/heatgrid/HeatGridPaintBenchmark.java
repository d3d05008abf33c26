package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.workload.OpResult;
import dev.poolscope.trace.workload.PlannedOperation;
import dev.poolscope.trace.workload.ThreadWork;
import dev.poolscope.trace.workload.Workload;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long the live heat grid takes to paint a 1M-bit chunk (32 MiB at order 5, half full as the
 * standard workload's program leaves it) into an offscreen image: one paint is {@link LiveGrid#refresh()}
 * (reading the bitmap into cells) and the canvas printing itself into an image of its size (1000 x 700
 * shell), which runs its paint listener synchronously. Prints the median and the 99th percentile of
 * {@value #PAINTS} paints after {@value #WARM_UP} unmeasured ones, as one line of JSON after
 * {@value #RESULT_PREFIX}. A JMH run would need SWT's display
 * thread inside JMH's forks; this stays a test, tagged "benchmark", which the default build excludes;
 * {@code releng/benchmarks/run.sh} runs it (see there for the command) and puts its line in RESULTS.md.
 */
@Tag("benchmark")
class HeatGridPaintBenchmark {

    private static final int WARM_UP = 50;
    private static final int PAINTS = 300;
    /** What the result line starts with. */
    private static final String RESULT_PREFIX = "heat grid paint, live, 1M-bit chunk half full: ";

    @Test
    void paintOfAMegabitChunk() {
        Workload workload = Workload.parse("threads=1 ops=1000000 fill=0.5 chunks=32MiB@0x10000000");
        GenPool pool = workload.pool().create(Probe.NONE);
        fill(workload, pool);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            LiveGrid grid = new LiveGrid(shell, pool, hover -> { });
            shell.setSize(1000, 700);
            shell.open();
            grid.refresh();
            while (display.readAndDispatch()) {
                // let layout and resize events through before measuring
            }
            assertEquals(1, grid.layout().blocks().size());
            assertEquals(1L << 20, grid.layout().blocks().get(0).bitCount());
            long[] nanos = measure(grid);
            Arrays.sort(nanos);
            Point size = grid.control().getSize();
            // one line of JSON that releng/benchmarks/run.sh takes from the build's output for RESULTS.md
            System.out.printf(Locale.ROOT, "%s{\"paints\": %d, \"width\": %d, \"height\": %d, \"medianMs\": %.3f,"
                    + " \"p99Ms\": %.3f, \"maxMs\": %.3f}%n", RESULT_PREFIX, PAINTS, size.x, size.y,
                    nanos[PAINTS / 2] / 1e6, nanos[PAINTS * 99 / 100] / 1e6, nanos[PAINTS - 1] / 1e6);
            assertTrue(nanos[0] > 0);
        } finally {
            shell.dispose();
        }
    }

    private static long[] measure(LiveGrid grid) {
        Point size = grid.control().getSize();
        Image image = new Image(grid.control().getDisplay(), size.x, size.y);
        GC gc = new GC(image);
        try {
            long[] nanos = new long[PAINTS];
            for (int i = -WARM_UP; i < PAINTS; i++) {
                long start = System.nanoTime();
                grid.refresh();
                grid.control().print(gc);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            return nanos;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Runs the workload's program until it first frees: its live bytes have reached the fill target. */
    private static void fill(Workload workload, GenPool pool) {
        ThreadWork work = new ThreadWork(workload.program(0), pool);
        OpResult result = work.performNext();
        while (!(result.operation() instanceof PlannedOperation.Free)) {
            result = work.performNext();
        }
    }
}
