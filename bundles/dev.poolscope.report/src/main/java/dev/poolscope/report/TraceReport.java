package dev.poolscope.report;

import dev.poolscope.analysis.Series;
import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The report of a recorded trace: its series over the events, and its extents at checkpoints. */
final class TraceReport {

    /** Points per series: one per two pixel columns of a chart, so a line stays readable. */
    static final int POINTS = ReportCharts.WIDTH / 2;

    /** Checkpoints over the events: each is a seek of the model and a scan of the bitmaps. */
    static final int CHECKPOINTS = 40;

    private TraceReport() {
    }

    static ReportDocument of(Path file, Trace trace) throws IOException {
        TraceHeader header = trace.header();
        TraceSeries series = TraceSeries.of(trace, POINTS);
        ReplayModel model = ReplayModel.open(trace);
        List<Long> at = new ArrayList<>();
        List<ExtentStats> extents = new ArrayList<>();
        checkpoints(header, model, at, extents);
        ExtentStats end = PoolExtents.of(header, model.stateAt(model.lastSeq()));
        Table metrics = MetricsTables.atCheckpoints("metrics", "event", at, extents);
        Table histogram = MetricsTables.histogram("histogram-end", end);
        List<Block> overTime = overTime(series);
        overTime.addAll(MetricsTables.figures(metrics, "events"));
        List<Section> sections = List.of(
                new Section("findings", "Findings", List.of(new Block.Items(List.of(
                        Findings.end(end, "the last event"),
                        Findings.peakExternal(at, extents, "events"),
                        Findings.extreme(series.avail(), false, "was lowest,", " bytes"),
                        Findings.extreme(series.casFailuresPerKiloEvent(), true, "peaked,", ""))))),
                new Section("over-time", "The pool over the events", overTime),
                new Section("at-checkpoints", "Fragmentation at checkpoints and at the end", List.of(
                        new Block.TableBlock(metrics, "The metrics after the event of each of " + CHECKPOINTS
                                + " evenly spaced checkpoints; the last row is the last event. The formulas are "
                                + "under Formulas.", 20),
                        MetricsTables.histogramFigure(histogram, "after the last event"))),
                new Section("compared", "Algorithms compared", List.of(
                        new Block.Paragraph("The trace as recorded, under its pool's algorithm, " + header.algorithm()
                                + "."),
                        new Block.TableBlock(compared(header.algorithm(), model.lastSeq(), end, series),
                                "The recorded pool after its last event."))),
                new Section("failures", "Failed allocations and why", List.of(new Block.Paragraph(
                        "This report does not list a trace's failed allocations yet; a log replay's report does."))),
                new Section("formulas", "Formulas", List.of(MetricsTables.footnotes())));
        return new ReportDocument("Poolscope report: " + file.getFileName(), "Trace " + file + ", "
                + Numbers.count(model.eventCount()) + " events, " + header.threads() + " thread(s), "
                + header.chunks().size() + " chunk(s), order " + header.minAllocOrder() + ", " + header.algorithm()
                + ".", sections);
    }

    /** Adds to {@code at} and {@code extents} the event and the pool's extents of each of the {@link #CHECKPOINTS}. */
    private static void checkpoints(TraceHeader header, ReplayModel model, List<Long> at, List<ExtentStats> extents)
            throws IOException {
        for (int k = 1; k <= CHECKPOINTS && model.eventCount() > 0; k++) {
            long seq = model.firstSeq() + (model.lastSeq() - model.firstSeq()) * k / CHECKPOINTS;
            at.add(seq);
            extents.add(PoolExtents.of(header, model.stateAt(seq)));
        }
    }

    /** The charts of the trace's own series: avail, and contention. */
    private static List<Block> overTime(TraceSeries series) {
        Table avail = seriesTable("avail", List.of("event", "avail_bytes"), series.avail());
        Table contention = seriesTable("contention", List.of("event", "cas_failures_per_1000_events",
                "rollbacks_per_1000_events"), series.casFailuresPerKiloEvent(), series.rollbacksPerKiloEvent());
        return new ArrayList<>(List.of(
                new Block.Figure("avail", avail, Block.ChartKind.LINES, 0, "events", List.of(1), "bytes", "The pool's "
                        + "free bytes (avail) over the events. A falling line is memory being taken; where it stays "
                        + "low, allocations compete for what is left."),
                new Block.Figure("contention", contention, Block.ChartKind.LINES, 0, "events", List.of(1, 2),
                        "per 1,000 events", "Failed CASes and rollbacks per 1,000 events. Peaks are where threads "
                                + "raced for the same bitmap words; a rollback is a multi-word set undone after "
                                + "losing such a race.")));
    }

    /** Series with the same points (one bucketing) side by side, one column each after {@code columns}' first. */
    private static Table seriesTable(String name, List<String> columns, Series... series) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < series[0].size(); i++) {
            List<String> row = new ArrayList<>(List.of(Long.toString(series[0].seq(i))));
            for (Series each : series) {
                row.add(Numbers.decimal(each.value(i)));
            }
            rows.add(row);
        }
        return new Table(name, columns, rows);
    }

    private static Table compared(String algorithm, long lastSeq, ExtentStats end, TraceSeries series) {
        String avail = series.avail().size() == 0 ? "0"
                : Long.toString((long) series.avail().value(series.avail().size() - 1));
        return new Table("compared", List.of("algorithm", "after_event", "F", "R", "L", "E", "avail"),
                List.of(List.of(algorithm, Long.toString(lastSeq), Long.toString(end.free()),
                        Integer.toString(end.extents()), Long.toString(end.largest()), Numbers.decimal(end.external()),
                        avail)));
    }
}
