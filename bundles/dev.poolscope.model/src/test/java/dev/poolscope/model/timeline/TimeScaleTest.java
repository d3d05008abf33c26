package dev.poolscope.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeScaleTest {

    @Test
    void zoomKeepsTheEventUnderTheAnchorInPlace() {
        TimeScale scale = new TimeScale(0, 999_999);
        scale.setWidth(1000);
        double before = scale.seqAt(300);
        scale.zoom(0.01, 300);
        assertEquals(10_000, scale.span(), 1e-6);
        assertEquals(before, scale.seqAt(300), 1e-6);
    }

    @Test
    void theWindowStaysInsideTheTraceAndNeverShowsFewerThanTheMinimum() {
        TimeScale scale = new TimeScale(100, 199);
        scale.setWidth(500);
        scale.zoom(1e-9, 0);
        assertEquals(TimeScale.MIN_SPAN, scale.span(), 1e-9);
        assertEquals(100, scale.start(), 1e-9);
        scale.pan(-1e6);
        assertEquals(200 - TimeScale.MIN_SPAN, scale.start(), 1e-9);
        scale.zoom(1e9, 250);
        assertEquals(100, scale.span(), 1e-9);
        assertEquals(100, scale.start(), 1e-9);
    }

    @Test
    void revealCentresAnEventOutsideTheWindowAndLeavesAVisibleOneAlone() {
        TimeScale scale = new TimeScale(0, 9_999);
        scale.setWidth(100);
        scale.zoom(0.01, 0);
        scale.reveal(50);
        assertEquals(0, scale.start(), 1e-9);
        scale.reveal(5_000);
        assertEquals(5_000.5, scale.start() + scale.span() / 2, 1e-9);
        assertTrue(scale.xOf(5_000) > 0 && scale.xOf(5_001) < scale.width());
    }

    @Test
    void ticksAreRoundNumbersAboutAHundredPixelsApart() {
        assertEquals(1, AxisTicks.step(0.001));
        assertEquals(200, AxisTicks.step(1.5));
        assertEquals(500, AxisTicks.step(3));
        assertEquals(1_000, AxisTicks.step(9));
        assertEquals(20_000_000, AxisTicks.step(150_000));
    }
}
