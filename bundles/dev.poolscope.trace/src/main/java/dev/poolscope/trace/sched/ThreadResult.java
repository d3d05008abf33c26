package dev.poolscope.trace.sched;

import dev.poolscope.trace.workload.OpResult;
import dev.poolscope.trace.workload.ThreadStats;

import java.util.List;

/**
 * What one logical thread did in a scheduled run.
 *
 * @param operations   every call it made and what it returned, in order
 * @param waitingSteps steps it spent paused at a lock request that could not be granted
 *                     (pre-patch only: the lockless variants never wait)
 */
public record ThreadResult(ThreadStats stats, List<OpResult> operations, long waitingSteps) {

    public ThreadResult {
        operations = List.copyOf(operations);
    }
}
