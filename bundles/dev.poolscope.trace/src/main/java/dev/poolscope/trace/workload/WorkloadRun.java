package dev.poolscope.trace.workload;

import dev.poolscope.core.GenPool;

import java.time.Duration;
import java.util.List;

/**
 * What a run of a workload on real threads left: the pool (its live blocks still allocated), what
 * each thread did, and the wall time from the common start until the last thread ended.
 */
public record WorkloadRun(GenPool pool, List<ThreadStats> threads, Duration elapsed) {

    public WorkloadRun {
        threads = List.copyOf(threads);
    }

    /** Operations over all threads. */
    public long ops() {
        return threads.stream().mapToLong(ThreadStats::ops).sum();
    }
}
