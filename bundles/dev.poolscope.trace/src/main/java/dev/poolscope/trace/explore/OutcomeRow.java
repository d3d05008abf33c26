package dev.poolscope.trace.explore;

import java.util.List;

/**
 * One distinct outcome of an exploration.
 *
 * @param outcome    what the executions reached
 * @param executions how many explored executions reached it
 * @param sequential true when some sequential order of the operations (each run whole, in its
 *                   thread's program order) reaches it too
 * @param violation  empty, or the invariant its executions broke
 * @param schedule   the thread of each step of the first execution that reached it: a schedule
 *                   {@code record --schedule} replays
 */
public record OutcomeRow(Outcome outcome, long executions, boolean sequential, String violation, List<Integer> schedule) {

    public OutcomeRow {
        schedule = List.copyOf(schedule);
    }

    public boolean violates() {
        return !violation.isEmpty();
    }
}
