package dev.poolscope.report;

import dev.poolscope.analysis.ExtentSeries;
import dev.poolscope.analysis.Series;
import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.analysis.fragmentation.MetricRows;

import java.util.ArrayList;
import java.util.List;

/**
 * The charts of a trace's series over its events, all from the one pass of {@link TraceSeries}: avail,
 * contention, and the pool's fragmentation (E, U(n), F and L) from {@link TraceSeries#fragmentation()}.
 */
final class TraceFigures {

    private TraceFigures() {
    }

    /** Every figure, in the order the page shows them. */
    static List<Block> of(TraceSeries series) {
        List<Block> figures = new ArrayList<>(contention(series));
        figures.addAll(fragmentation(series.fragmentation().pool()));
        return figures;
    }

    private static List<Block> contention(TraceSeries series) {
        Table avail = table("avail", List.of("event", "avail_bytes"), List.of(series.avail()));
        Table contention = table("contention", List.of("event", "cas_failures_per_1000_events",
                "rollbacks_per_1000_events"), List.of(series.casFailuresPerKiloEvent(), series.rollbacksPerKiloEvent()));
        return List.of(
                new Block.Figure("avail", avail, Block.ChartKind.LINES, 0, "events", List.of(1), "bytes", true, "The pool's "
                        + "free bytes (avail) over the events. A falling line is memory being taken; where it stays "
                        + "low, allocations compete for what is left."),
                new Block.Figure("contention", contention, Block.ChartKind.LINES, 0, "events", List.of(1, 2),
                        "per 1,000 events", false, "Failed CASes and rollbacks per 1,000 events. Peaks are where threads "
                                + "raced for the same bitmap words; a rollback is a multi-word set undone after "
                                + "losing such a race."));
    }

    /** E and U(n) (ratios), F and L (units), over the events, for each n of {@link MetricsTables#REQUEST_UNITS}. */
    private static List<Block> fragmentation(ExtentSeries pool) {
        List<String> ratioColumns = new ArrayList<>(List.of("event", "E"));
        List<Series> ratioSeries = new ArrayList<>(List.of(pool.external()));
        List<Integer> ratioLines = new ArrayList<>(List.of(1));
        for (int i = 0; i < MetricsTables.REQUEST_UNITS.size(); i++) {
            ratioColumns.add("U_" + MetricsTables.REQUEST_UNITS.get(i));
            ratioSeries.add(pool.unusable().get(i));
            ratioLines.add(i + 2);
        }
        Table ratios = table("series-ratios", ratioColumns, ratioSeries);
        Table units = table("series-units", List.of("event", "F", "L"), List.of(pool.free(), pool.largest()));
        return List.of(
                new Block.Figure("series-ratios", ratios, Block.ChartKind.LINES, 0, "events", ratioLines, "ratio", false,
                        "External fragmentation E and the unusable free index U(n) over the events. Look for E rising "
                                + "while the free units stay: the free memory is breaking into holes. U(n) near 1 for "
                                + "a large n means a request of n units would fail although memory is free."),
                new Block.Figure("series-units", units, Block.ChartKind.LINES, 0, "events", List.of(1, 2), "units", true,
                        "Free units F and the largest free extent L over the events. The gap between the lines is "
                                + "the free memory no single request can use; L is the largest request that would "
                                + "still succeed."));
    }

    /** Series with the same points (one bucketing) side by side, one column each after {@code columns}' first. */
    private static Table table(String name, List<String> columns, List<Series> series) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < series.get(0).size(); i++) {
            List<String> row = new ArrayList<>(List.of(Long.toString(series.get(0).seq(i))));
            for (Series each : series) {
                row.add(MetricRows.csvNumber(each.value(i)));
            }
            rows.add(row);
        }
        return new Table(name, columns, rows);
    }
}
