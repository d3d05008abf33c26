package dev.poolscope.cli;

import dev.poolscope.analysis.FragmentationSnapshot;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.analysis.fragmentation.MetricRows;
import dev.poolscope.analysis.fragmentation.MetricRows.Row;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints fragmentation snapshots as {@code poolscope metrics} shows them, from the {@link MetricRows} every
 * reader shares: a table per snapshot (the pool and each chunk, a column per row's symbol, values in its
 * text; then the internal bytes, the histogram and the failures) with the formulas once at the end, or CSV,
 * one row per snapshot and scope under the rows' column names.
 */
final class MetricsPrinter {

    private final PrintWriter out;
    private final long[] requestUnits;
    /** "event" for a trace, "after_ops" for a log: what {@link FragmentationSnapshot#after()} counts. */
    private final String position;

    MetricsPrinter(PrintWriter out, long[] requestUnits, String position) {
        this.out = out;
        this.requestUnits = requestUnits.clone();
        this.position = position;
    }

    /** The CSV header: position, scope, the {@link MetricRows#columns} (F ... internal_bytes), failed..., histogram. */
    void csvHeader() {
        List<String> columns = new ArrayList<>(List.of(position, "scope"));
        columns.addAll(MetricRows.columns(requestUnits));
        columns.add("failed");
        for (FailureReason reason : FailureReason.values()) {
            columns.add(reason.column());
        }
        columns.add(FragmentationMetric.HISTOGRAM.column());
        out.println(String.join(",", columns));
    }

    /** The snapshot's rows: the pool, then each chunk; internal bytes and failures are the pool's, empty for a chunk. */
    void csvRows(FragmentationSnapshot snapshot) {
        out.println(csvRow(snapshot, "pool", snapshot.poolRows(requestUnits), snapshot.pool(), true));
        for (int chunk = 0; chunk < snapshot.chunks().size(); chunk++) {
            out.println(csvRow(snapshot, "chunk" + chunk, snapshot.chunkRows(chunk, requestUnits),
                    snapshot.chunks().get(chunk), false));
        }
    }

    private String csvRow(FragmentationSnapshot snapshot, String scope, List<Row> rows, ExtentStats stats,
            boolean pool) {
        List<String> cells = new ArrayList<>(List.of(Long.toString(snapshot.after()), scope));
        rows.forEach(row -> cells.add(row.csv()));
        cells.add(pool ? Long.toString(snapshot.failed()) : "");
        for (FailureReason reason : FailureReason.values()) {
            cells.add(pool ? Long.toString(snapshot.failures().get(reason)) : "");
        }
        cells.add(histogram(stats, " "));
        return String.join(",", cells);
    }

    /**
     * The snapshot as a table under a title saying where it stands: a column per row but the internal bytes
     * (counted for the whole pool, so a line of their own), a line for the pool and each chunk.
     */
    void text(FragmentationSnapshot snapshot, String title) {
        out.println(title);
        List<String> scopes = new ArrayList<>(List.of("pool"));
        List<List<Row>> rows = new ArrayList<>(List.of(tabled(snapshot.poolRows(requestUnits))));
        for (int chunk = 0; chunk < snapshot.chunks().size(); chunk++) {
            scopes.add("chunk " + chunk);
            rows.add(tabled(snapshot.chunkRows(chunk, requestUnits)));
        }
        int[] widths = widths(rows);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-8s", "scope"));
        for (int i = 0; i < widths.length; i++) {
            header.append(' ').append(pad(rows.get(0).get(i).symbol(), widths[i]));
        }
        out.println(header);
        for (int scope = 0; scope < scopes.size(); scope++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-8s", scopes.get(scope)));
            for (int i = 0; i < widths.length; i++) {
                line.append(' ').append(pad(rows.get(scope).get(i).value(), widths[i]));
            }
            out.println(line);
        }
        Row internal = internal(snapshot.poolRows(requestUnits));
        out.println("  " + internal.metric().title() + " " + internal.symbol() + ": " + internal.value());
        out.println("  histogram (pool, class c: 2^c <= length < 2^(c+1)): " + histogram(snapshot.pool(), ", "));
        List<String> reasons = new ArrayList<>();
        for (FailureReason reason : FailureReason.values()) {
            reasons.add(reason.label() + " " + snapshot.failures().get(reason));
        }
        out.printf(Locale.ROOT, "  failed allocations: %,d (%s)%n", snapshot.failed(), String.join(", ", reasons));
    }

    /** Once after the tables: each metric's symbol, title and formula, as every reader words them. */
    void formulas() {
        out.println("metrics:");
        List<FragmentationMetric> metrics = new ArrayList<>(MetricRows.metrics());
        metrics.add(FragmentationMetric.HISTOGRAM);
        for (FragmentationMetric metric : metrics) {
            out.println("  " + metric.title() + ": " + metric.formula());
        }
    }

    /** The rows a table has a column for: all but the internal bytes. */
    private static List<Row> tabled(List<Row> rows) {
        return rows.stream().filter(row -> row.metric() != FragmentationMetric.INTERNAL_BYTES).toList();
    }

    private static Row internal(List<Row> rows) {
        return rows.stream().filter(row -> row.metric() == FragmentationMetric.INTERNAL_BYTES).findFirst().orElseThrow();
    }

    /** Each column's width: its longest symbol or value. */
    private static int[] widths(List<List<Row>> rows) {
        int[] widths = new int[rows.get(0).size()];
        for (List<Row> scope : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Math.max(scope.get(i).symbol().length(), scope.get(i).value().length()));
            }
        }
        return widths;
    }

    private static String pad(String text, int width) {
        return " ".repeat(width - text.length()) + text;
    }

    /** "0:3 4:1": the non-empty classes and their counts ("none" when there is no extent). */
    private static String histogram(ExtentStats stats, String separator) {
        long[] classes = stats.histogram();
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < classes.length; c++) {
            if (classes[c] != 0) {
                parts.add(c + ":" + classes[c]);
            }
        }
        return parts.isEmpty() ? "none" : String.join(separator, parts);
    }
}
