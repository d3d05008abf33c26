package dev.poolscope.report;

import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.analysis.fragmentation.MetricRows;

import java.util.ArrayList;
import java.util.List;

/**
 * The fragmentation metrics of a pool at checkpoints as report tables, and the figures and footnotes
 * that go with them: the one place a trace's report and a log's report turn {@link MetricRows} into
 * cells, so both show the columns, names and numbers of {@code poolscope metrics --csv}.
 */
final class MetricsTables {

    /** The request sizes (units) U(n) and FI(n) are shown for: a spread from one unit to a large block. */
    static final List<Long> REQUEST_UNITS = List.of(1L, 4L, 16L, 64L, 256L);

    private MetricsTables() {
    }

    /** {@link #REQUEST_UNITS} as the analysis takes them. */
    static long[] requestUnits() {
        return REQUEST_UNITS.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * One row per checkpoint: {@code at} (an event or an operation count, named {@code atColumn}), then the
     * checkpoint's {@link MetricRows} (F, R, L, mean_extent, E, U_n, Ua_n, FI_n for each n of
     * {@link #REQUEST_UNITS}, internal_bytes) in their CSV text, under their CSV names: the cells of
     * {@code poolscope metrics --csv}.
     */
    static Table atCheckpoints(String name, String atColumn, List<Long> at, List<List<MetricRows.Row>> metrics) {
        List<String> columns = new ArrayList<>(List.of(atColumn));
        columns.addAll(MetricRows.columns(requestUnits()));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            List<String> row = new ArrayList<>(List.of(Long.toString(at.get(i))));
            metrics.get(i).forEach(metric -> row.add(metric.csv()));
            rows.add(row);
        }
        return new Table(name, columns, rows);
    }

    /**
     * The two charts of an {@link #atCheckpoints} table: E and U(n) (ratios), and F and L (units);
     * {@code over} names the checkpoints' column ("operations", "events").
     */
    static List<Block> figures(Table metrics, String over) {
        List<Integer> ratios = new ArrayList<>(List.of(column(metrics, FragmentationMetric.EXTERNAL.column())));
        REQUEST_UNITS.forEach(n -> ratios.add(column(metrics, FragmentationMetric.UNUSABLE.column() + n)));
        List<Integer> units = List.of(column(metrics, FragmentationMetric.FREE.column()),
                column(metrics, FragmentationMetric.LARGEST.column()));
        return List.of(
                new Block.Figure(metrics.name() + "-ratios", metrics, Block.ChartKind.LINES, 0, over, ratios,
                        "ratio", false,
                        "External fragmentation E and the unusable free index U(n) over the " + over + ". Look for E "
                                + "rising while the free units stay: the free memory is breaking into holes. U(n) "
                                + "for a large n near 1 means a request of n units would fail although memory is free."),
                new Block.Figure(metrics.name() + "-units", metrics, Block.ChartKind.LINES, 0, over, units,
                        "units", true,
                        "Free units F and the largest free extent L over the " + over + ". The gap between the lines is "
                                + "the free memory no single request can use; L is the largest request that would "
                                + "still succeed."));
    }

    private static int column(Table table, String name) {
        int index = table.columns().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(table.name() + " has no column " + name + ": " + table.columns());
        }
        return index;
    }

    /** The extent histogram: one row per power-of-two class up to the largest one that holds an extent. */
    static Table histogram(String name, ExtentStats stats) {
        long[] classes = stats.histogram();
        int top = stats.extents() == 0 ? 0 : ExtentStats.lengthClass(stats.largest());
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c <= top; c++) {
            long from = 1L << c;
            String lengths = c == 0 ? "1" : from + "-" + (2 * from - 1);
            rows.add(List.of(Integer.toString(c), lengths, Long.toString(classes[c])));
        }
        return new Table(name, List.of("class", "lengths", "extents"), rows);
    }

    /** The chart of a {@link #histogram} table. */
    static Block.Figure histogramFigure(Table histogram, String when) {
        return new Block.Figure(histogram.name(), histogram, Block.ChartKind.BARS, 1, "extent length (units)",
                List.of(2), "free extents", true,
                "Free extents by length (units, power-of-two classes) " + when + ", the buddyinfo analogue. Many "
                        + "extents in the short classes and none in the long ones is fragmentation: requests "
                        + "longer than the last bar fail.");
    }

    /**
     * One footnote per metric, with its formula as {@link FragmentationMetric#formula()} words it, and what the
     * tables' CSV column names mean.
     */
    static Block.Items footnotes() {
        List<String> items = new ArrayList<>();
        for (FragmentationMetric metric : FragmentationMetric.values()) {
            items.add(metric.title() + " (CSV column " + metric.column() + (metric.sized() ? "<n>" : "") + "): "
                    + metric.formula());
        }
        items.add("Every table and CSV writes ratios and means with six decimals; 'poolscope metrics --csv' and "
                + "'poolscope compare --csv' write the same columns with the same numbers.");
        return new Block.Items(items);
    }
}
