package dev.poolscope.report;

import dev.poolscope.analysis.FragmentationSnapshot;
import dev.poolscope.analysis.FragmentationState;
import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.Findings;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.log.TraceOperations;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report of a recorded trace: its series over the events (one pass), its extents at checkpoints, its
 * failed allocations with reasons (lost races included), and its operations replayed through each algorithm
 * (unless it has a start state, which a replay on a new pool cannot have). The series, extents and failures
 * start from the start state.
 */
final class TraceReport {

    /** Points per series: one per two pixel columns of a chart, so a line stays readable. */
    static final int POINTS = ReportCharts.WIDTH / 2;

    /** Checkpoints over the events, taken in one pass over them. */
    static final int CHECKPOINTS = 40;

    /** Checkpoints of the comparison over the trace's operations. */
    static final int COMPARED_CHECKPOINTS = 100;

    private TraceReport() {
    }

    static ReportDocument of(Path file, Trace trace) throws IOException {
        TraceHeader header = trace.header();
        TraceSeries series = TraceSeries.of(trace, POINTS, MetricsTables.requestUnits(), eventsRead -> { });
        List<FragmentationSnapshot> snapshots = checkpoints(trace);
        List<Long> at = snapshots.stream().map(FragmentationSnapshot::after).toList();
        List<ExtentStats> extents = snapshots.stream().map(FragmentationSnapshot::pool).toList();
        ExtentStats end = snapshots.get(snapshots.size() - 1).pool();
        Table metrics = MetricsTables.atCheckpoints("metrics", "event", at, snapshots.stream()
                .map(snapshot -> snapshot.poolRows(MetricsTables.requestUnits())).toList());
        Table histogram = MetricsTables.histogram("histogram-end", end);
        Optional<Comparison> comparison = compared(file, trace);
        long allocs = comparison.isPresent() ? comparison.get().log().allocs()
                : series.contention().total().allocs();
        List<String> findings = new ArrayList<>(List.of(
                ComparedSection.sentence(Findings.failures("the recorded run (" + header.algorithm() + ")",
                        series.fragmentation().failures(), allocs)),
                ReportSentences.end(end, "the last event"),
                ReportSentences.peakExternal(at, extents, "events"),
                ReportSentences.extreme(series.avail(), false, "was lowest,", " bytes"),
                ReportSentences.extreme(series.casFailuresPerKiloEvent(), true, "peaked,", "")));
        comparison.ifPresent(compared -> findings.addAll(ComparedSection.findings(compared)));
        List<Section> sections = List.of(
                new Section("findings", "Findings", List.of(new Block.Items(findings))),
                new Section("over-time", "The pool over the events", TraceFigures.of(series)),
                new Section("at-checkpoints", "Fragmentation at checkpoints and at the end", List.of(
                        new Block.TableBlock(metrics, "The metrics after the event of each of " + CHECKPOINTS
                                + " evenly spaced checkpoints; the last row is the last event. The formulas are "
                                + "under Formulas.", 20),
                        MetricsTables.histogramFigure(histogram, "after the last event"))),
                comparison.isPresent() ? ComparedSection.of(comparison.get(), "The trace's") : notCompared(header),
                new Section("failures", "Failed allocations and why", FailureTables.blocks(
                        series.fragmentation().failures(), "seq")),
                new Section("formulas", "Formulas", List.of(MetricsTables.footnotes())));
        return new ReportDocument("Poolscope report: " + file.getFileName(), "Trace " + file + ", "
                + ReportNumbers.count(trace.eventCount()) + " events, " + header.threads() + " thread(s), "
                + header.chunks().size() + " chunk(s), order " + header.minAllocOrder() + ", " + header.algorithm()
                + ".", sections);
    }

    /**
     * The trace's operations replayed through each algorithm; none for a trace with a start state,
     * whose operations an allocation log cannot replay from an empty pool ({@link TraceOperations}).
     */
    private static Optional<Comparison> compared(Path file, Trace trace) throws IOException {
        TraceHeader header = trace.header();
        if (!header.start().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Comparison.run(TraceOperations.read(trace, file), TraceOperations.poolOf(header),
                Contender.defaults(header.minAllocOrder()), COMPARED_CHECKPOINTS, MetricsTables.requestUnits()));
    }

    private static Section notCompared(TraceHeader header) {
        return new Section("compared", "Algorithms compared", List.of(new Block.Paragraph(String.format(
                "Not compared: the trace starts with %,d units already allocated (its start state), by requests it"
                        + " does not show, and the comparison replays a trace's operations on a new, empty pool.",
                header.start().units()))));
    }

    /**
     * The pool's state after the event of each of the {@link #CHECKPOINTS}, evenly spaced from the first event
     * to the last, in one pass with the state {@code poolscope metrics} keeps (an empty trace: its start).
     */
    private static List<FragmentationSnapshot> checkpoints(Trace trace) throws IOException {
        FragmentationState state = new FragmentationState(trace.header(), MetricsTables.requestUnits());
        List<FragmentationSnapshot> snapshots = new ArrayList<>();
        try (EventCursor cursor = trace.from(0)) {
            Event event = cursor.next();
            if (event == null) {
                return List.of(state.snapshot(trace.lastSeq()));
            }
            long first = event.seq();
            for (int k = 1; k <= CHECKPOINTS; k++) {
                long target = first + (trace.lastSeq() - first) * k / CHECKPOINTS;
                for (; event != null && event.seq() <= target; event = cursor.next()) {
                    state.accept(event);
                }
                snapshots.add(state.snapshot(target));
            }
        }
        return snapshots;
    }
}
