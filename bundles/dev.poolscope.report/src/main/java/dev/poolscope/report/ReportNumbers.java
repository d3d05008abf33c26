package dev.poolscope.report;

import java.util.Locale;

/** How a report writes numbers: always in {@link Locale#ROOT}, so a CSV reads the same on every machine. */
final class ReportNumbers {

    private ReportNumbers() {
    }

    /** A ratio or mean for prose, with four decimals: "0.4213" (tables and CSVs take {@code MetricRows.csvNumber}). */
    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** A count for prose, with thousands separated: "12,000". */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A value for prose: a whole number as a {@link #count}, any other with two decimals ("12.50"). */
    static String amount(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? count((long) value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A percentage for prose: "42.1%". */
    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * ratio);
    }
}
