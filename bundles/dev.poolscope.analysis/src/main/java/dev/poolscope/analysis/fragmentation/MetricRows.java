package dev.poolscope.analysis.fragmentation;

import dev.poolscope.model.fragmentation.MetricText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The metrics of a set of free extents as rows, the one place a metric is named, formatted and explained
 * for every reader: which metrics, in which order, each with its {@link FragmentationMetric} (title,
 * formula), its symbol, its CSV column, and its value as a person reads it ({@link MetricText}) and as a
 * CSV holds it ({@link #csvNumber}). The workbench's table, {@code poolscope metrics} (text and CSV),
 * {@code compare --csv} and a report's tables all read these rows.
 */
public final class MetricRows {

    /** The text of the internal fragmentation row when the live requests' sizes are not known. */
    public static final String UNKNOWN = "not known (the live requests' sizes are not tracked)";

    /**
     * One row.
     *
     * @param metric the metric: its title and formula
     * @param symbol the symbol with the request size, as a table header shows it: "U(4)"
     * @param column the CSV column: "U_4"
     * @param value  the value as a person reads it: "0.375", "12,345", "1,234 B"
     * @param csv    the value as a CSV holds it: "0.375000", "12345"; empty when not known
     */
    public record Row(FragmentationMetric metric, String symbol, String column, String value, String csv) {
    }

    /** Which metric a row is and, for U, Ua and FI, the request size n (0 for the others). */
    private record Slot(FragmentationMetric metric, long n) {

        String symbol() {
            return metric.sized() ? metric.symbol().replace("(n)", "(" + n + ")") : metric.symbol();
        }

        String column() {
            return metric.sized() ? metric.column() + n : metric.column();
        }
    }

    private MetricRows() {
    }

    /** The rows of {@code stats} at one request size {@code n}, as {@link #of(ExtentStats, long[], OptionalLong)}. */
    public static List<Row> of(ExtentStats stats, long n, OptionalLong internalBytes) {
        return of(stats, new long[] {n}, internalBytes);
    }

    /**
     * The rows of {@code stats}: F, R, L, F/R, E, then U(n), Ua(n) and FI(n) for each n of {@code requestUnits},
     * then the internal fragmentation in bytes ({@link #UNKNOWN}, and an empty CSV cell, when not known).
     */
    public static List<Row> of(ExtentStats stats, long[] requestUnits, OptionalLong internalBytes) {
        List<Row> rows = new ArrayList<>();
        for (Slot slot : slots(requestUnits)) {
            rows.add(row(slot, stats, internalBytes));
        }
        return rows;
    }

    /** The CSV columns of the rows for {@code requestUnits}, in row order. */
    public static List<String> columns(long[] requestUnits) {
        return slots(requestUnits).stream().map(Slot::column).toList();
    }

    /** The metrics the rows show, in row order, each once (U, Ua and FI stand for all their request sizes). */
    public static List<FragmentationMetric> metrics() {
        return slots(new long[] {1}).stream().map(Slot::metric).toList();
    }

    /** A ratio or a mean as every CSV writes it: six decimals and a dot, whatever the locale ("0.984127"). */
    public static String csvNumber(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }

    private static List<Slot> slots(long[] requestUnits) {
        List<Slot> slots = new ArrayList<>();
        for (FragmentationMetric metric : List.of(FragmentationMetric.FREE, FragmentationMetric.EXTENTS,
                FragmentationMetric.LARGEST, FragmentationMetric.MEAN_EXTENT, FragmentationMetric.EXTERNAL)) {
            slots.add(new Slot(metric, 0));
        }
        for (FragmentationMetric metric : List.of(FragmentationMetric.UNUSABLE, FragmentationMetric.UNUSABLE_ALIGNED,
                FragmentationMetric.FRAGMENTATION_INDEX)) {
            for (long n : requestUnits) {
                ExtentFormulas.checkRequest(n);
                slots.add(new Slot(metric, n));
            }
        }
        slots.add(new Slot(FragmentationMetric.INTERNAL_BYTES, 0));
        return slots;
    }

    private static Row row(Slot slot, ExtentStats stats, OptionalLong internalBytes) {
        long n = slot.n();
        return switch (slot.metric()) {
            case FREE -> count(slot, stats.free());
            case EXTENTS -> count(slot, stats.extents());
            case LARGEST -> count(slot, stats.largest());
            case MEAN_EXTENT -> new Row(slot.metric(), slot.symbol(), slot.column(), MetricText.mean(stats.meanExtent()),
                    csvNumber(stats.meanExtent()));
            case EXTERNAL -> ratio(slot, stats.external());
            case UNUSABLE -> ratio(slot, stats.unusable(n));
            case UNUSABLE_ALIGNED -> ratio(slot, stats.unusableAligned(n));
            case FRAGMENTATION_INDEX -> ratio(slot, stats.fragmentationIndex(n));
            case INTERNAL_BYTES -> internalBytes.isPresent()
                    ? new Row(slot.metric(), slot.symbol(), slot.column(), MetricText.bytes(internalBytes.getAsLong()),
                            Long.toString(internalBytes.getAsLong()))
                    : new Row(slot.metric(), slot.symbol(), slot.column(), UNKNOWN, "");
            case HISTOGRAM -> throw new IllegalArgumentException("the histogram is no row: it has a value per class");
        };
    }

    private static Row count(Slot slot, long value) {
        return new Row(slot.metric(), slot.symbol(), slot.column(), MetricText.count(value), Long.toString(value));
    }

    private static Row ratio(Slot slot, double value) {
        return new Row(slot.metric(), slot.symbol(), slot.column(), MetricText.ratio(value), csvNumber(value));
    }
}
