package dev.poolscope.cli;

import dev.poolscope.analysis.FragmentationSnapshot;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints fragmentation snapshots as {@code poolscope metrics} shows them: a table per snapshot (the pool
 * and each chunk, then the histogram, internal bytes and failures), or CSV, one row per snapshot and
 * scope, under a header naming each column.
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

    /** The CSV header: position, scope, F, R, L, mean, E, U_n..., Ua_n..., FI_n..., internal_bytes, failed..., histogram. */
    void csvHeader() {
        List<String> columns = new ArrayList<>(List.of(position, "scope", "F", "R", "L", "mean", "E"));
        for (String metric : List.of("U_", "Ua_", "FI_")) {
            for (long n : requestUnits) {
                columns.add(metric + n);
            }
        }
        columns.add("internal_bytes");
        columns.add("failed");
        for (FailureReason reason : FailureReason.values()) {
            columns.add(reason.column());
        }
        columns.add("histogram");
        out.println(String.join(",", columns));
    }

    /** The snapshot's rows: the pool, then each chunk; internal bytes and failures are the pool's, empty for a chunk. */
    void csvRows(FragmentationSnapshot snapshot) {
        out.println(csvRow(snapshot, "pool", snapshot.pool(), true));
        for (int chunk = 0; chunk < snapshot.chunks().size(); chunk++) {
            out.println(csvRow(snapshot, "chunk" + chunk, snapshot.chunks().get(chunk), false));
        }
    }

    private String csvRow(FragmentationSnapshot snapshot, String scope, ExtentStats stats, boolean pool) {
        List<String> cells = new ArrayList<>(List.of(Long.toString(snapshot.after()), scope, Long.toString(stats.free()),
                Integer.toString(stats.extents()), Long.toString(stats.largest()), number(stats.meanExtent()),
                number(stats.external())));
        requestCells(stats, cells);
        cells.add(pool ? Long.toString(snapshot.internalBytes()) : "");
        cells.add(pool ? Long.toString(snapshot.failed()) : "");
        for (FailureReason reason : FailureReason.values()) {
            cells.add(pool ? Long.toString(snapshot.failures().get(reason)) : "");
        }
        cells.add(histogram(stats, " "));
        return String.join(",", cells);
    }

    private void requestCells(ExtentStats stats, List<String> cells) {
        for (long n : requestUnits) {
            cells.add(number(stats.unusable(n)));
        }
        for (long n : requestUnits) {
            cells.add(number(stats.unusableAligned(n)));
        }
        for (long n : requestUnits) {
            cells.add(number(stats.fragmentationIndex(n)));
        }
    }

    /** The snapshot as a table, under a title saying where it stands. */
    void text(FragmentationSnapshot snapshot, String title) {
        out.println(title);
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-8s %10s %8s %10s %10s %7s",
                "scope", "F", "R", "L", "mean", "E"));
        for (String metric : List.of("U", "Ua", "FI")) {
            for (long n : requestUnits) {
                header.append(String.format(Locale.ROOT, " %8s", metric + "(" + n + ")"));
            }
        }
        out.println(header);
        textRow("pool", snapshot.pool());
        for (int chunk = 0; chunk < snapshot.chunks().size(); chunk++) {
            textRow("chunk " + chunk, snapshot.chunks().get(chunk));
        }
        out.println("  histogram (pool, class c: 2^c <= length < 2^(c+1)): " + histogram(snapshot.pool(), ", "));
        out.printf(Locale.ROOT, "  internal fragmentation: %,d bytes%n", snapshot.internalBytes());
        List<String> reasons = new ArrayList<>();
        for (FailureReason reason : FailureReason.values()) {
            reasons.add(reason.label() + " " + snapshot.failures().get(reason));
        }
        out.printf(Locale.ROOT, "  failed allocations: %,d (%s)%n", snapshot.failed(), String.join(", ", reasons));
    }

    private void textRow(String scope, ExtentStats stats) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-8s %10d %8d %10d %10.2f %7.4f", scope,
                stats.free(), stats.extents(), stats.largest(), stats.meanExtent(), stats.external()));
        List<String> cells = new ArrayList<>();
        requestCells(stats, cells);
        for (String cell : cells) {
            row.append(String.format(Locale.ROOT, " %8s", cell));
        }
        out.println(row);
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

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
