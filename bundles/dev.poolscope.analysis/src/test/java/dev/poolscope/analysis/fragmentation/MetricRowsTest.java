package dev.poolscope.analysis.fragmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The metric rows every reader shows: symbols, CSV columns, and both texts of each value, worked out by hand. */
class MetricRowsTest {

    /** 16 units, units 0-2 and 4 free: F = 4, R = 2, L = 3, F/R = 2, E = 1 - 3/4. */
    private static final ExtentStats TWO_HOLES = ExtentStats.ofChunk(new long[] {0xffe8L}, 16);

    @Test
    void eachRowHasItsSymbolColumnAndBothTexts() {
        List<MetricRows.Row> rows = MetricRows.of(TWO_HOLES, new long[] {2, 4}, OptionalLong.of(1234));
        assertEquals(List.of("F", "R", "L", "F/R", "E", "U(2)", "U(4)", "Ua(2)", "Ua(4)", "FI(2)", "FI(4)", "I"),
                rows.stream().map(MetricRows.Row::symbol).toList());
        assertEquals(List.of("F", "R", "L", "mean_extent", "E", "U_2", "U_4", "Ua_2", "Ua_4", "FI_2", "FI_4",
                "internal_bytes"), rows.stream().map(MetricRows.Row::column).toList());
        assertEquals(MetricRows.columns(new long[] {2, 4}), rows.stream().map(MetricRows.Row::column).toList());
        // U(2) = (4 - 2*1)/4; U(4) = 1 (no 4-unit slot); Ua(2) = (4 - 2*1)/4 (slot 0-1 only);
        // FI(2) = -1 (the 3-unit extent holds 2); FI(4) = 1 - (1 + 4/4)/2 = 0
        assertEquals(List.of("4", "2", "3", "2.0", "0.250", "0.500", "1.000", "0.500", "1.000", "-1.000", "0.000",
                "1,234 B"), rows.stream().map(MetricRows.Row::value).toList());
        assertEquals(List.of("4", "2", "3", "2.000000", "0.250000", "0.500000", "1.000000", "0.500000", "1.000000",
                "-1.000000", "0.000000", "1234"), rows.stream().map(MetricRows.Row::csv).toList());
        assertEquals(FragmentationMetric.UNUSABLE_ALIGNED, rows.get(7).metric());
    }

    @Test
    void unknownInternalBytesReadAsSuchAndLeaveTheCsvCellEmpty() {
        MetricRows.Row internal = MetricRows.of(TWO_HOLES, 1, OptionalLong.empty()).get(8);
        assertEquals(FragmentationMetric.INTERNAL_BYTES, internal.metric());
        assertEquals(MetricRows.UNKNOWN, internal.value());
        assertEquals("", internal.csv());
    }

    @Test
    void csvNumbersIgnoreTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            assertEquals("0.250000", MetricRows.of(TWO_HOLES, 1, OptionalLong.empty()).get(4).csv());
            assertEquals("1,234 B", MetricRows.of(TWO_HOLES, 1, OptionalLong.of(1234)).get(8).value());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aRequestOfNoUnitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MetricRows.columns(new long[] {0}));
    }
}
