package dev.poolscope.trace.explore;

/**
 * How to explore.
 *
 * @param reduction       prune orders of commuting steps (source-set DPOR); false runs every schedule
 * @param maxExecutions   stop after this many executions (the result then says it is incomplete)
 * @param preemptionBound at most this many preemptions (a switch away from a thread that could go
 *                        on) per execution; negative for no bound. With a bound the exploration
 *                        covers the schedules within it, not every schedule
 * @param retryBound      an operation may fail this many CASes and retry this many searches in all;
 *                        an execution that goes past is cut and counted as bounded
 */
public record ExploreOptions(boolean reduction, long maxExecutions, int preemptionBound, int retryBound) {

    public static final long DEFAULT_MAX_EXECUTIONS = 100_000;
    public static final int DEFAULT_RETRY_BOUND = 8;

    public ExploreOptions {
        if (maxExecutions < 1) {
            throw new IllegalArgumentException("--max-executions must be at least 1, not " + maxExecutions);
        }
        if (retryBound < 0) {
            throw new IllegalArgumentException("the retry bound must be at least 0, not " + retryBound);
        }
    }

    /** With reduction, no preemption bound, the default limits. */
    public static ExploreOptions defaults() {
        return new ExploreOptions(true, DEFAULT_MAX_EXECUTIONS, -1, DEFAULT_RETRY_BOUND);
    }

    public ExploreOptions withReduction(boolean on) {
        return new ExploreOptions(on, maxExecutions, preemptionBound, retryBound);
    }

    public ExploreOptions withMaxExecutions(long max) {
        return new ExploreOptions(reduction, max, preemptionBound, retryBound);
    }

    public ExploreOptions withPreemptionBound(int bound) {
        return new ExploreOptions(reduction, maxExecutions, bound, retryBound);
    }

    public ExploreOptions withRetryBound(int bound) {
        return new ExploreOptions(reduction, maxExecutions, preemptionBound, bound);
    }
}
