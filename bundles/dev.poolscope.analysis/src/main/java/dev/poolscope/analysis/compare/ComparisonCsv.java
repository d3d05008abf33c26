package dev.poolscope.analysis.compare;

import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.analysis.fragmentation.MetricRows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A comparison as CSV: a header naming each column, then one line per contender per checkpoint
 * (contenders in order, each one's checkpoints in order). The metric columns and their cells are
 * {@link MetricRows}' (the names and the number text of every other CSV); the rest are integers.
 */
public final class ComparisonCsv {

    /** The pool's avail in bytes: a comparison's column, no metric of the extents. */
    private static final String AVAIL = "avail";

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
        columns.add("frees_skipped");
        columns.addAll(metricColumns(requestUnits));
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
        StringBuilder line = new StringBuilder(row.contender());
        append(line, row.afterOps(), row.allocs(), row.failed());
        for (FailureReason reason : FailureReason.values()) {
            append(line, row.failed(reason));
        }
        append(line, row.freesSkipped());
        Map<String, String> cells = new HashMap<>();
        for (MetricRows.Row metric : MetricRows.of(row.extents(), requestUnits, OptionalLong.of(row.internalBytes()))) {
            cells.put(metric.column(), metric.csv());
        }
        cells.put(AVAIL, Long.toString(row.availBytes()));
        for (String column : metricColumns(requestUnits)) {
            line.append(',').append(cells.get(column));
        }
        return line.toString();
    }

    /** F, R, L, E, internal_bytes, avail, U_n..., FI_n...: the order, with {@link MetricRows}' names. */
    private static List<String> metricColumns(long[] requestUnits) {
        List<String> columns = new ArrayList<>();
        for (FragmentationMetric metric : List.of(FragmentationMetric.FREE, FragmentationMetric.EXTENTS,
                FragmentationMetric.LARGEST, FragmentationMetric.EXTERNAL, FragmentationMetric.INTERNAL_BYTES)) {
            columns.add(metric.column());
        }
        columns.add(AVAIL);
        for (FragmentationMetric metric : List.of(FragmentationMetric.UNUSABLE, FragmentationMetric.FRAGMENTATION_INDEX)) {
            for (long n : requestUnits) {
                columns.add(metric.column() + n);
            }
        }
        return columns;
    }

    private static void append(StringBuilder line, long... values) {
        for (long value : values) {
            line.append(',').append(value);
        }
    }
}
