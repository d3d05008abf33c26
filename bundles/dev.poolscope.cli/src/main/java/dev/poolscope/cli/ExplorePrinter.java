package dev.poolscope.cli;

import dev.poolscope.trace.explore.ExploreOptions;
import dev.poolscope.trace.explore.ExploreResult;
import dev.poolscope.trace.explore.OutcomeRow;
import dev.poolscope.trace.sched.StepListText;

import java.io.PrintWriter;
import java.util.List;

/** The outcome table of {@code poolscope explore}: as text for a reader, or as CSV. */
final class ExplorePrinter {

    /** The CSV columns, in order. */
    static final List<String> CSV_COLUMNS = List.of("outcome", "executions", "sequential", "violation", "schedule");

    private ExplorePrinter() {
    }

    static void text(ExploreResult result, PrintWriter out) {
        out.println("explore " + result.name() + ": " + describe(result.options()));
        out.printf("%3s  %10s  %-10s  %s%n", "#", "executions", "sequential", "outcome");
        int number = 1;
        for (OutcomeRow row : result.rows()) {
            out.printf("%3d  %10d  %-10s  %s%n", number++, row.executions(), row.sequential() ? "yes" : "no",
                    row.outcome().text());
            if (row.violates()) {
                out.println("     VIOLATION: " + row.violation());
            }
            out.println("     schedule " + StepListText.format(row.schedule()));
        }
        out.println(result.totals());
        out.println(result.summary());
    }

    static void csv(ExploreResult result, PrintWriter out) {
        out.println(String.join(",", CSV_COLUMNS));
        for (OutcomeRow row : result.rows()) {
            out.println(String.join(",", quoted(row.outcome().text()), String.valueOf(row.executions()),
                    row.sequential() ? "yes" : "no", quoted(row.violation()), quoted(StepListText.format(row.schedule()))));
        }
    }

    private static String describe(ExploreOptions options) {
        return (options.reduction() ? "partial-order reduction" : "no reduction (every schedule)")
                + (options.preemptionBound() < 0 ? ", no preemption bound" : ", preemption bound " + options.preemptionBound())
                + ", retry bound " + options.retryBound();
    }

    /** A CSV field in double quotes, quotes inside doubled (RFC 4180). */
    private static String quoted(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
