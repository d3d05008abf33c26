package dev.poolscope.trace.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts executions per outcome and keeps the first schedule that reached each. */
final class OutcomeTally {

    private static final class Count {
        final Outcome outcome;
        final String violation;
        final List<Integer> schedule;
        long executions;

        Count(Outcome outcome, String violation, List<Integer> schedule) {
            this.outcome = outcome;
            this.violation = violation;
            this.schedule = schedule;
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private long bounded;
    private long asleep;
    private List<Integer> operationsPerThread;

    void add(Execution execution) {
        if (execution.end() == Execution.End.ASLEEP) {
            asleep++;
            return; // its ways on are explored by other executions, which count their outcomes
        }
        boolean cut = execution.end() == Execution.End.BOUNDED;
        if (cut) {
            bounded++;
            if (execution.violation().isEmpty()) {
                return; // cut before its end and nothing wrong so far: it has no outcome to count
            }
        }
        Outcome outcome = cut ? Outcome.failed("cut at the retry bound") : execution.outcome();
        if (operationsPerThread == null && outcome.failure().isEmpty()) {
            operationsPerThread = outcome.threads().stream().map(List::size).toList();
        }
        String key = outcome.text() + "\n" + execution.violation();
        counts.computeIfAbsent(key, k -> new Count(outcome, execution.violation(), execution.choices())).executions++;
    }

    long bounded() {
        return bounded;
    }

    /** Executions cut because only asleep threads could go on. */
    long asleep() {
        return asleep;
    }

    /** How many operations each thread made in the first execution that ended normally; null when none did. */
    List<Integer> operationsPerThread() {
        return operationsPerThread;
    }

    /** The rows, those with a violation first, then by executions (most first), then by outcome text. */
    List<OutcomeRow> rows(Set<String> sequential) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (Count count : counts.values()) {
            rows.add(new OutcomeRow(count.outcome, count.executions, sequential.contains(count.outcome.text()),
                    count.violation, count.schedule));
        }
        rows.sort(Comparator.comparing((OutcomeRow row) -> !row.violates())
                .thenComparing(OutcomeRow::executions, Comparator.reverseOrder())
                .thenComparing(row -> row.outcome().text()));
        return rows;
    }
}
