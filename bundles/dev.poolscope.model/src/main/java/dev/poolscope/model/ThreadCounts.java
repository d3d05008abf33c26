package dev.poolscope.model;

import dev.poolscope.trace.Event;

import java.util.ArrayList;
import java.util.List;

/** Each thread's event, operation, race, rollback and retry counts while the model is built. */
final class ThreadCounts {

    private final long[] events;
    private final long[] allocs;
    private final long[] failedAllocs;
    private final long[] frees;
    private final long[] races;
    private final long[] rollbacks;
    private final long[] retries;

    ThreadCounts(int threadCount) {
        events = new long[threadCount];
        allocs = new long[threadCount];
        failedAllocs = new long[threadCount];
        frees = new long[threadCount];
        races = new long[threadCount];
        rollbacks = new long[threadCount];
        retries = new long[threadCount];
    }

    void count(Event event) {
        int thread = event.thread();
        events[thread]++;
        switch (event.kind()) {
            case ALLOC_BEGIN -> allocs[thread]++;
            case ALLOC_END -> failedAllocs[thread] += event.p1() == 0 ? 1 : 0;
            case FREE_BEGIN -> frees[thread]++;
            case CAS -> races[thread] += event.casFailed() ? 1 : 0;
            case ROLLBACK -> rollbacks[thread]++;
            case RETRY -> retries[thread]++;
            default -> {
                // not counted
            }
        }
    }

    /** The summaries, once the trace has been read; {@code retried} gives each thread's worst allocation. */
    List<ThreadSummary> summaries(RetryIndex retried) {
        int[] maxRetries = new int[events.length];
        for (int i = 0; i < retried.size(); i++) {
            RetriedAlloc alloc = retried.get(i);
            maxRetries[alloc.thread()] = Math.max(maxRetries[alloc.thread()], alloc.retries());
        }
        List<ThreadSummary> summaries = new ArrayList<>();
        for (int thread = 0; thread < events.length; thread++) {
            summaries.add(new ThreadSummary(thread, events[thread], allocs[thread], failedAllocs[thread],
                    frees[thread], races[thread], rollbacks[thread], retries[thread], maxRetries[thread]));
        }
        return List.copyOf(summaries);
    }
}
