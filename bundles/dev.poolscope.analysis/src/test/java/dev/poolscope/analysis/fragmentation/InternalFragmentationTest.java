package dev.poolscope.analysis.fragmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Bytes lost to rounding, worked out by hand, and the metric texts a user reads. */
class InternalFragmentationTest {

    @Test
    void roundingUpToWholeUnitsLosesTheDifference() {
        // 32-byte units: 1 -> 32 loses 31, 32 -> 32 loses 0, 33 -> 64 loses 31, 100 -> 128 loses 28
        assertEquals(90, InternalFragmentation.lostBytes(new long[] {1, 32, 33, 100}, 5));
        assertEquals(0, InternalFragmentation.lostBytes(new long[] {1, 7, 100}, 0), "1-byte units lose nothing");
        assertEquals(0, InternalFragmentation.lostBytes(new long[0], 5));
        assertEquals(4095, InternalFragmentation.lostBytes(new long[] {4097}, 12), "4097 -> 8192");
    }

    @Test
    void badSizesAndOrdersAreRefused() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> InternalFragmentation.lostBytes(new long[] {8, -3}, 5));
        assertEquals("request 1 has negative size -3", size.getMessage());
        assertThrows(IllegalArgumentException.class, () -> InternalFragmentation.lostBytes(new long[] {8}, 63));
        assertThrows(IllegalArgumentException.class, () -> InternalFragmentation.lostBytes(new long[] {8}, -1));
    }

    @Test
    void everyMetricHasItsOwnSymbolAndAFormulaThatNamesIt() {
        Set<String> symbols = new HashSet<>();
        for (FragmentationMetric metric : FragmentationMetric.values()) {
            assertTrue(symbols.add(metric.symbol()), metric + ": symbol " + metric.symbol() + " used twice");
            assertTrue(metric.formula().startsWith(metric.symbol() + " = "), metric + ": " + metric.formula());
            assertTrue(!metric.title().isBlank(), metric.name());
        }
    }
}
