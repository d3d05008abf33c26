package dev.poolscope.report;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.ComparisonRow;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.MetricRows;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The report of an allocation log: one {@link Comparison} of the log's operations through its pool's own
 * algorithm (first) and every other, so the pool's metrics at checkpoints and its failed allocations are
 * the comparison's first result, computed once.
 */
final class LogReport {

    /** Checkpoints over the operations: enough for a smooth line. */
    static final int CHECKPOINTS = 100;

    private LogReport() {
    }

    static ReportDocument of(AllocationLog log, PoolSpec spec) {
        Comparison comparison = Comparison.run(log, spec, Contender.withDefaults(spec), CHECKPOINTS,
                MetricsTables.requestUnits());
        ContenderResult own = comparison.results().get(0);
        String algorithm = own.contender().name();
        List<Long> afterOps = new ArrayList<>();
        List<ExtentStats> extents = new ArrayList<>();
        List<List<MetricRows.Row>> rows = new ArrayList<>();
        for (ComparisonRow row : own.rows()) {
            afterOps.add((long) row.afterOps());
            extents.add(row.extents());
            rows.add(MetricRows.of(row.extents(), MetricsTables.requestUnits(), OptionalLong.of(row.internalBytes())));
        }
        ExtentStats end = own.last().extents();
        Table metrics = MetricsTables.atCheckpoints("metrics", "after_ops", afterOps, rows);
        Table histogram = MetricsTables.histogram("histogram-end", end);
        List<String> findings = new ArrayList<>(ComparedSection.findings(comparison));
        findings.add(ReportSentences.end(end, "the end of the log, " + algorithm));
        findings.add(ReportSentences.peakExternal(afterOps, extents, "operations"));
        List<Section> sections = List.of(
                new Section("findings", "Findings", List.of(new Block.Items(findings))),
                new Section("over-time", "The pool over the operations",
                        MetricsTables.figures(metrics, "operations")),
                new Section("at-checkpoints", "Fragmentation at checkpoints and at the end", List.of(
                        new Block.TableBlock(metrics, "The metrics under " + algorithm + " after the first "
                                + "floor(ops\u00b7k/" + CHECKPOINTS + ") operations, k = 1.." + CHECKPOINTS + "; the "
                                + "last row is the end of the log. The formulas are under Formulas.", 20),
                        MetricsTables.histogramFigure(histogram, "at the end of the log"))),
                ComparedSection.of(comparison, "The log's"),
                new Section("failures", "Failed allocations and why",
                        FailureTables.blocks(own.failures(), "op")),
                new Section("formulas", "Formulas", List.of(MetricsTables.footnotes())));
        return new ReportDocument("Poolscope report: " + log.source().getFileName(),
                "Allocation log " + log.source() + ", " + ReportNumbers.count(log.operations()) + " operations, "
                        + "replayed on a pool of " + ReportNumbers.count(spec.bytes()) + " bytes in "
                        + spec.chunks().size() + " chunk(s), order " + spec.minAllocOrder() + ", " + algorithm + ".",
                sections);
    }
}
