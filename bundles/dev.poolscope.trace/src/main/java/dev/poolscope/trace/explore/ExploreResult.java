package dev.poolscope.trace.explore;

import java.util.List;

/**
 * What an exploration found.
 *
 * @param name        what was explored
 * @param options     how
 * @param rows        each distinct outcome; those with a violation first, then by executions, most first
 * @param executions  executions run
 * @param bounded     executions the retry bound cut (not in the rows unless they broke an invariant)
 * @param asleep      executions cut where only threads asleep could go on (sleep sets): every way on
 *                    from there is explored by other executions
 * @param pruned      alternatives at the explored states that the reduction left out (their orders are
 *                    equivalent to explored ones)
 * @param beyondBound alternatives left out because they would go past the preemption bound
 * @param complete    false when the exploration stopped at the execution limit or was cancelled
 * @param millis      time taken
 */
public record ExploreResult(String name, ExploreOptions options, List<OutcomeRow> rows, long executions, long bounded,
        long asleep, long pruned, long beyondBound, boolean complete, long millis) {

    public ExploreResult {
        rows = List.copyOf(rows);
    }

    public long violations() {
        return rows.stream().filter(OutcomeRow::violates).mapToLong(OutcomeRow::executions).sum();
    }

    /** Executions and their kinds, what was left out and why, the time, and whether the exploration ended. */
    public String totals() {
        return String.format("explored %d executions (%d cut at the retry bound, %d cut as redundant by sleep sets) in"
                + " %d ms; %d alternatives pruned by the reduction, %d beyond the preemption bound%s", executions, bounded,
                asleep, millis, pruned, beyondBound,
                complete ? "" : "; INCOMPLETE: stopped at " + executions + " executions");
    }

    /** The last line of the command's table: {@code N executions, N outcomes, N violations}. */
    public String summary() {
        return executions + " executions, " + rows.size() + " outcomes, " + violations() + " violations";
    }
}
