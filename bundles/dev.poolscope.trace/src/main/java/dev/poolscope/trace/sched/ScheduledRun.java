package dev.poolscope.trace.sched;

import dev.poolscope.core.GenPool;

import java.util.List;

/**
 * What a scheduled run left: the pool as the last step left it, the thread that took each step
 * (give it to {@link Schedule#explicit} to replay the run), and what each thread did.
 */
public record ScheduledRun(GenPool pool, List<Integer> schedule, List<ThreadResult> threads) {

    public ScheduledRun {
        schedule = List.copyOf(schedule);
        threads = List.copyOf(threads);
    }
}
