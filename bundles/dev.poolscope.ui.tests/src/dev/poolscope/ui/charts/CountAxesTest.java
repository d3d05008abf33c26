package dev.poolscope.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.Workload;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnitSource;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's count axes (failed allocations, units, events, operations) tick on whole numbers, by the
 * report's rule: a run with one or two failures per bucket no longer ticks at 0.5 and 1.5.
 */
class CountAxesTest {

    private static TraceSeries series;

    @BeforeAll
    static void recordOverfilledRun() throws Exception {
        // two threads asking more than 24 KiB holds: a few failures per bucket, for fragmentation and no space
        Workload workload = Workload.parse("threads=2 ops=600 fill=1 mix=60/40 sizes=uniform:32..3000 order=5 "
                + "chunks=16KiB@0x10000000,8KiB@0x20000000 seed=4");
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        new ControlledScheduler(Schedule.random(4)).run(workload, recorder, clock);
        try (MemoryTrace trace = recorder.trace(workload.header())) {
            series = TraceSeries.of(trace);
        }
        assertTrue(series.fragmentation().failures().size() > 0, "the overfilled run fails allocations");
    }

    /** Every tick unit the axis can pick is a whole number, and so is the one it picked drawing at a small size. */
    private static void assertWholeTicks(JFreeChart chart, ValueAxis axis) {
        TickUnitSource units = ((NumberAxis) axis).getStandardTickUnits();
        for (double size : new double[] {1e-6, 0.01, 0.25, 0.5, 1.5, 7, 123.4, 1e7}) {
            double unit = units.getCeilingTickUnit(size).getSize();
            assertEquals(Math.rint(unit), unit, axis.getLabel() + ": tick unit " + unit + " for " + size);
        }
        BufferedImage image = new BufferedImage(420, 160, BufferedImage.TYPE_INT_RGB);
        chart.draw(image.createGraphics(), new Rectangle2D.Double(0, 0, 420, 160));
        double chosen = ((NumberAxis) axis).getTickUnit().getSize();
        assertEquals(Math.rint(chosen), chosen, axis.getLabel() + ": the tick unit drawn");
    }

    @Test
    void theFailuresChartCountsOnWholeNumbers() {
        JFreeChart failures = FragmentationCharts.failures(series);
        assertWholeTicks(failures, failures.getXYPlot().getRangeAxis());
        assertWholeTicks(failures, failures.getXYPlot().getDomainAxis());
    }

    @Test
    void theUnitsChartCountsOnWholeNumbersAndTheRatiosChartDoesNot() {
        JFreeChart units = FragmentationCharts.units(series, series.fragmentation().pool(), "whole pool");
        assertWholeTicks(units, units.getXYPlot().getRangeAxis());
        JFreeChart ratios = FragmentationCharts.ratios(series, series.fragmentation().pool(), "whole pool");
        double ratioUnit = ((NumberAxis) ratios.getXYPlot().getRangeAxis()).getStandardTickUnits()
                .getCeilingTickUnit(0.2).getSize();
        assertTrue(ratioUnit < 1, "a ratio axis keeps fractional ticks: " + ratioUnit);
    }

    @Test
    void theCompareChartCountsOperationsOnWholeNumbers(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("few.csv"), "op,size,id\nalloc,64,1\nalloc,64,2\nfree,,1\n");
        Comparison comparison = Comparison.run(AllocationLogReader.read(log), LogPoolText.DEFAULT_POOL,
                Contender.withDefaults(LogPoolText.DEFAULT_POOL), 3, Comparison.defaultRequestUnits());
        JFreeChart chart = CompareCharts.external(comparison);
        assertWholeTicks(chart, chart.getXYPlot().getDomainAxis());
    }
}
