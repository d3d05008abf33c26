package dev.poolscope.model.fragmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one text of the fragmentation numbers. */
class MetricTextTest {

    @Test
    void numbersAreWrittenTheSameWayEverywhere() {
        assertEquals("12,345", MetricText.count(12_345));
        assertEquals("0.375", MetricText.ratio(0.375));
        assertEquals("-1.000", MetricText.ratio(-1));
        assertEquals("12.5", MetricText.mean(12.5));
        assertEquals("1,024 B", MetricText.bytes(1024));
    }

    @Test
    void lengthClassesNameTheLengthsTheyHold() {
        assertEquals("1", MetricText.lengthClass(0));
        assertEquals("2\u20133", MetricText.lengthClass(1));
        assertEquals("4\u20137", MetricText.lengthClass(2));
        assertEquals("1024\u20132047", MetricText.lengthClass(10));
        assertEquals("\u2265128", MetricText.lengthClassAndAbove(7));
        assertThrows(IllegalArgumentException.class, () -> MetricText.lengthClass(-1));
    }
}
