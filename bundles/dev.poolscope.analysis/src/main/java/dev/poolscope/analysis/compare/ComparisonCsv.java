package dev.poolscope.analysis.compare;

import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comparison as CSV: a header naming each column, then one line per contender per checkpoint
 * (contenders in order, each one's checkpoints in order). Ratios have six decimals; the rest are integers.
 */
public final class ComparisonCsv {

    private ComparisonCsv() {
    }

    /**
     * algorithm, after_ops, allocs, failed, one {@link FailureReason#column()} per reason, frees_skipped,
     * F, R, L, E, internal_bytes, avail, then U_n and FI_n for each request size n.
     */
    public static String header(long[] requestUnits) {
        List<String> columns = new ArrayList<>(List.of("algorithm", "after_ops", "allocs", "failed"));
        for (FailureReason reason : FailureReason.values()) {
            columns.add(reason.column());
        }
        columns.addAll(List.of("frees_skipped", "F", "R", "L", "E", "internal_bytes", "avail"));
        for (long n : requestUnits) {
            columns.add("U_" + n);
        }
        for (long n : requestUnits) {
            columns.add("FI_" + n);
        }
        return String.join(",", columns);
    }

    /** Every line, the header first, without line ends. */
    public static List<String> lines(Comparison comparison) {
        List<String> lines = new ArrayList<>();
        lines.add(header(comparison.requestUnits()));
        for (ContenderResult result : comparison.results()) {
            for (ComparisonRow row : result.rows()) {
                lines.add(line(row, comparison.requestUnits()));
            }
        }
        return lines;
    }

    /** One row's line, columns as {@link #header} names them. */
    public static String line(ComparisonRow row, long[] requestUnits) {
        ExtentStats extents = row.extents();
        StringBuilder line = new StringBuilder(row.contender());
        append(line, row.afterOps(), row.allocs(), row.failed());
        for (FailureReason reason : FailureReason.values()) {
            append(line, row.failed(reason));
        }
        append(line, row.freesSkipped(), extents.free(), extents.extents(), extents.largest());
        line.append(',').append(ratio(extents.external()));
        append(line, row.internalBytes(), row.availBytes());
        for (long n : requestUnits) {
            line.append(',').append(ratio(extents.unusable(n)));
        }
        for (long n : requestUnits) {
            line.append(',').append(ratio(extents.fragmentationIndex(n)));
        }
        return line.toString();
    }

    /** A ratio as the CSV and the table write it: six decimals, a dot. */
    public static String ratio(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static void append(StringBuilder line, long... values) {
        for (long value : values) {
            line.append(',').append(value);
        }
    }
}
