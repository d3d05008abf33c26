package dev.poolscope.report;

import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.ReplayResult;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The report of an allocation log: its replay through the given pool, watched at checkpoints. */
final class LogReport {

    /** Checkpoints over the operations: enough for a smooth line, few enough to scan the bitmap each time. */
    static final int CHECKPOINTS = 100;

    private LogReport() {
    }

    static ReportDocument of(AllocationLog log, PoolSpec spec) {
        WatchedReplay replay = WatchedReplay.of(log, spec, CHECKPOINTS);
        String algorithm = spec.algorithm().describe();
        Table metrics = MetricsTables.atCheckpoints("metrics", "after_ops", replay.afterOps(), replay.extents());
        ExtentStats end = PoolExtents.of(replay.end().pool());
        Table histogram = MetricsTables.histogram("histogram-end", end);
        List<Section> sections = List.of(
                new Section("findings", "Findings", List.of(new Block.Items(List.of(
                        Findings.failures(algorithm, replay.end().allocs(), replay.failures()),
                        Findings.end(end, "the end of the log"),
                        Findings.peakExternal(replay.afterOps(), replay.extents(), "operations"))))),
                new Section("over-time", "The pool over the operations", MetricsTables.figures(metrics, "operations")),
                new Section("at-checkpoints", "Fragmentation at checkpoints and at the end", List.of(
                        new Block.TableBlock(metrics, "The metrics after the first floor(ops\u00b7k/" + CHECKPOINTS
                                + ") operations, k = 1.." + CHECKPOINTS + "; the last row is the end of the log. The formulas are "
                                + "under Formulas.", 20),
                        MetricsTables.histogramFigure(histogram, "at the end of the log"))),
                new Section("compared", "Algorithms compared", List.of(
                        new Block.Paragraph("The log replayed under its pool's algorithm, " + algorithm + ", with the "
                                + "columns of 'poolscope compare --csv'."),
                        new Block.TableBlock(compared(algorithm, replay, end), "The replay at its end."))),
                new Section("failures", "Failed allocations and why", FailureTables.blocks(replay.failures(), "op")),
                new Section("formulas", "Formulas", List.of(MetricsTables.footnotes())));
        return new ReportDocument("Poolscope report: " + log.source().getFileName(),
                "Allocation log " + log.source() + ", " + Numbers.count(log.operations()) + " operations, replayed on "
                        + "a pool of " + Numbers.count(spec.bytes()) + " bytes in " + spec.chunks().size()
                        + " chunk(s), order " + spec.minAllocOrder() + ", " + algorithm + ".", sections);
    }

    private static Table compared(String algorithm, WatchedReplay replay, ExtentStats end) {
        ReplayResult result = replay.end();
        List<String> columns = new ArrayList<>(List.of("algorithm", "after_ops", "allocs", "failed"));
        List<String> row = new ArrayList<>(List.of(algorithm, Integer.toString(result.afterOps()),
                Long.toString(result.allocs()), Long.toString(result.failed())));
        for (Map.Entry<FailureReason, Long> count : FailureTables.counts(replay.failures()).entrySet()) {
            columns.add(count.getKey().column());
            row.add(Long.toString(count.getValue()));
        }
        columns.addAll(List.of("frees_skipped", "F", "R", "L", "E", "avail"));
        row.addAll(List.of(Long.toString(result.freesSkipped()), Long.toString(end.free()),
                Integer.toString(end.extents()), Long.toString(end.largest()), Numbers.decimal(end.external()),
                Long.toString(result.pool().avail())));
        return new Table("compared", columns, List.of(row));
    }
}
