package dev.poolscope.core.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Enumerates every interleaving of a scenario's switch points by depth-first search with
 * re-execution: each execution starts from scratch under a schedule prefix and takes the lowest
 * runnable thread past it; the next prefix changes the deepest step that still has a higher
 * runnable thread to that thread. Every schedule is run exactly once; each execution checks itself.
 */
final class InterleavingExplorer {

    /**
     * @param interleavings   executions run, one per distinct schedule
     * @param withRollback    executions in which a partial set, a rollback that cleared bits and a retry all happened
     * @param withCasFailure  executions in which some CAS failed
     * @param outcomes        the distinct outcomes (allocation results and final bitmap) seen
     */
    record Report(int interleavings, int withRollback, int withCasFailure, Set<String> outcomes) {

        @Override
        public String toString() {
            return String.format("%d interleavings, %d with a partial set, a rollback that cleared bits and a retry,"
                    + " %d with a failed CAS, %d distinct outcomes", interleavings, withRollback, withCasFailure, outcomes.size());
        }
    }

    private InterleavingExplorer() {
    }

    /** @throws AssertionError from the first execution that breaks an invariant, with its schedule */
    static Report exploreAll(Scenario scenario) throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(scenario.programs().size(), InterleavingExplorer::daemon);
        try {
            return exploreAll(scenario, threads);
        } finally {
            threads.shutdownNow();
        }
    }

    /** A daemon: a thread stuck in a livelock after a failed execution must not keep the JVM alive. */
    private static Thread daemon(Runnable body) {
        Thread thread = new Thread(body, "scheduled");
        thread.setDaemon(true);
        return thread;
    }

    private static Report exploreAll(Scenario scenario, ExecutorService threads) throws InterruptedException {
        int interleavings = 0;
        int withRollback = 0;
        int withCasFailure = 0;
        Set<String> outcomes = new TreeSet<>();
        List<Integer> prefix = List.of();
        while (prefix != null) {
            ScenarioExecution.Record execution = ScenarioExecution.run(scenario, prefix, threads);
            interleavings++;
            if (execution.partialSets() > 0 && execution.rollbacks() > 0 && execution.retries() > 0) {
                withRollback++;
            }
            if (execution.casFailures() > 0) {
                withCasFailure++;
            }
            outcomes.add(execution.outcome());
            prefix = nextPrefix(execution);
        }
        return new Report(interleavings, withRollback, withCasFailure, outcomes);
    }

    /** The schedule prefix of the next interleaving in depth-first order, or null when all were run. */
    private static List<Integer> nextPrefix(ScenarioExecution.Record execution) {
        for (int step = execution.choices().size() - 1; step >= 0; step--) {
            Integer alternative = execution.runnable().get(step).higher(execution.choices().get(step));
            if (alternative != null) {
                List<Integer> prefix = new ArrayList<>(execution.choices().subList(0, step));
                prefix.add(alternative);
                return prefix;
            }
        }
        return null;
    }
}
