package dev.poolscope.trace.explore;

import java.util.List;
import java.util.function.LongPredicate;

/**
 * Explores the schedules of an input: runs an execution, finds where its steps could have gone
 * in another order with another result (its races; with reduction off, every other thread that
 * could run), and runs again from scratch with the deepest such choice changed, until none is
 * left. Each execution is judged by the invariants and counted into its outcome's row.
 */
public final class Explorer {

    private final ExploreInput input;
    private final ExploreOptions options;

    public Explorer(ExploreInput input, ExploreOptions options) {
        this.input = input;
        this.options = options;
    }

    /** Explores without progress reports. */
    public ExploreResult explore() throws InterruptedException {
        return explore(executions -> true);
    }

    /**
     * @param progress told the number of executions so far after each one; returning false stops
     *                 the exploration there (the result is then incomplete)
     * @throws InterruptedException when the calling thread is interrupted (cancelled)
     */
    public ExploreResult explore(LongPredicate progress) throws InterruptedException {
        long start = System.nanoTime();
        ExecutionRunner runner = new ExecutionRunner(input, options.retryBound());
        SearchTree tree = new SearchTree(input.threads(), options.reduction(), options.preemptionBound());
        OutcomeTally tally = new OutcomeTally();
        long executions = 0;
        boolean stopped = false;
        SearchTree.Continuation next = new SearchTree.Continuation(List.of(), new Footprint[input.threads()]);
        while (next != null && !stopped) {
            Execution execution = runner.run(next.prefix(), next.asleep());
            executions++;
            tally.add(execution);
            tree.extend(execution);
            requireAlternatives(tree, execution);
            stopped = executions >= options.maxExecutions() || !progress.test(executions);
            next = stopped ? null : tree.next();
            if (Thread.interrupted()) {
                throw new InterruptedException("the exploration was cancelled after " + executions + " executions");
            }
        }
        boolean complete = !stopped || tree.next() == null;
        List<OutcomeRow> rows = tally.rows(new SequentialOutcomes(input).texts(tally.operationsPerThread()));
        return new ExploreResult(input.name(), options, rows, executions, tally.bounded(), tally.asleep(), tree.pruned(),
                tree.beyondBound(), complete, (System.nanoTime() - start) / 1_000_000);
    }

    private void requireAlternatives(SearchTree tree, Execution execution) {
        if (!options.reduction()) {
            for (int step = 0; step < execution.steps(); step++) {
                tree.requireAll(step);
            }
            return;
        }
        for (RaceAnalysis.Reversal reversal : RaceAnalysis.reversals(execution.choices(), execution.footprints())) {
            tree.requireOneOf(reversal.step(), reversal.initials(), reversal.preferred());
        }
    }
}
