package dev.poolscope.trace.sched;

import java.util.List;

/**
 * Which logical thread takes each step of a scheduled run. A step resumes one thread, which runs
 * until its next probe point (where it records one event and parks) or to its end. A schedule is
 * stateful and serves one run.
 */
public interface Schedule {

    /**
     * The thread that takes step {@code step}.
     *
     * @return a thread that {@link ThreadStates#canRun can run}; naming another fails the run
     * @throws IllegalStateException when the schedule cannot go on; the run fails with the message
     */
    int choose(int step, ThreadStates threads);

    /**
     * Called when every thread has finished, after {@code steps} steps.
     *
     * @throws IllegalStateException when the schedule expected another length
     */
    default void ended(int steps) {
    }

    /** Each step, a thread chosen uniformly among those that can run, from {@code seed}. */
    static Schedule random(long seed) {
        return new RandomSchedule(seed);
    }

    /** Step {@code i} runs thread {@code choices.get(i)}: a taken schedule replayed, or one written by hand. */
    static Schedule explicit(List<Integer> choices) {
        return new ExplicitSchedule(choices);
    }

    /** The threads in turn, one step each, skipping those that cannot run. */
    static Schedule roundRobin() {
        return new RoundRobinSchedule();
    }
}
