package dev.poolscope.model.fragmentation;

import java.util.Locale;

/**
 * The one text of a fragmentation number, shared by the workbench's table and histogram and by
 * headless output: counts with thousands separators, ratios to three decimals, extent length classes
 * as the ranges they hold.
 */
public final class MetricText {

    private MetricText() {
    }

    /** A count of units, extents or slots: "12,345". */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A ratio such as E, U(n) or FI(n): "0.375", "-1.000". */
    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A mean length in units: "12.5". */
    public static String mean(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Bytes: "1,234 B". */
    public static String bytes(long value) {
        return count(value) + " B";
    }

    /**
     * The lengths power-of-two class {@code c} holds (2^c &le; len &lt; 2^(c+1)): "1", "2–3", "4–7", ...
     *
     * @throws IllegalArgumentException when {@code c} is not 0..62
     */
    public static String lengthClass(int c) {
        if (c < 0 || c > 62) {
            throw new IllegalArgumentException("length class " + c + ": classes are 0..62");
        }
        long low = 1L << c;
        return c == 0 ? "1" : low + "\u2013" + (2 * low - 1);
    }

    /** Class {@code c} and every longer class together: "≥128". */
    public static String lengthClassAndAbove(int c) {
        return "\u2265" + (1L << c);
    }
}
