package dev.poolscope.cli;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.ComparisonRow;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.analysis.compare.Findings;
import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;

import java.io.PrintWriter;
import java.nio.file.Path;

/** A comparison as a person reads it: the rows, U(n) and FI(n) at the end, the first failures, the findings. */
final class ComparisonTable {

    /** Failed allocations listed per algorithm; the CSV and the count give the rest. */
    static final int LISTED_FAILURES = 5;

    private ComparisonTable() {
    }

    static void print(PrintWriter out, Path input, AnalysisInput in, Comparison comparison) {
        out.printf("%s: %s, %,d operations (%,d allocs); pool: order %d, %,d bytes in %d chunk%s%n", input, in.kind(),
                in.operations().operations(), in.operations().allocs(), in.pool().minAllocOrder(), in.pool().bytes(),
                in.pool().chunks().size(), in.pool().chunks().size() == 1 ? "" : "s");
        out.printf("%-24s %10s %9s %8s %8s %8s %8s %8s %10s %8s %10s %8s %10s %12s%n", "algorithm", "after_ops", "allocs",
                "failed", "no_space", "fragm", "align", "skipped", "F", "R", "L", "E", "internal_B", "avail_B");
        for (ContenderResult result : comparison.results()) {
            for (ComparisonRow row : result.rows()) {
                ExtentStats e = row.extents();
                out.printf("%-24s %,10d %,9d %,8d %,8d %,8d %,8d %,8d %,10d %,8d %,10d %8.4f %,10d %,12d%n", row.contender(),
                        row.afterOps(), row.allocs(), row.failed(), row.failed(FailureReason.NO_SPACE),
                        row.failed(FailureReason.FRAGMENTATION), row.failed(FailureReason.ALIGNMENT), row.freesSkipped(),
                        e.free(), e.extents(), e.largest(), e.external(), row.internalBytes(), row.availBytes());
            }
        }
        printIndexes(out, comparison);
        printFailures(out, comparison);
        out.println("findings:");
        Findings.of(comparison).forEach(finding -> out.println("  " + finding));
    }

    /** U(n) and FI(n) after every operation, a line per algorithm. */
    private static void printIndexes(PrintWriter out, Comparison comparison) {
        StringBuilder header = new StringBuilder(String.format("%nat the end: U(n) / FI(n)%n%-24s", "algorithm"));
        for (long n : comparison.requestUnits()) {
            header.append(String.format(" %15s", "n=" + n));
        }
        out.println(header);
        for (ContenderResult result : comparison.results()) {
            StringBuilder line = new StringBuilder(String.format("%-24s", result.contender().name()));
            for (long n : comparison.requestUnits()) {
                ExtentStats e = result.last().extents();
                line.append(String.format(" %7.4f/%7.4f", e.unusable(n), e.fragmentationIndex(n)));
            }
            out.println(line);
        }
        out.println("U(n) = (F - n*S(n))/F, the share of free units no n-unit request can use; FI(n) = 1 - (1 + F/n)/R, "
                + "-1 when some extent holds n units");
    }

    private static void printFailures(PrintWriter out, Comparison comparison) {
        out.println();
        for (ContenderResult result : comparison.results()) {
            if (result.failures().isEmpty()) {
                continue;
            }
            out.printf("%s: %,d failed allocations%s%n", result.contender().name(), result.failures().size(),
                    result.failures().size() > LISTED_FAILURES ? ", the first " + LISTED_FAILURES : "");
            for (FailedAlloc failure : result.failures().subList(0, Math.min(LISTED_FAILURES, result.failures().size()))) {
                out.printf("  operation %,d (from 0): %s%n", failure.at(), failure.describe());
            }
        }
    }
}
