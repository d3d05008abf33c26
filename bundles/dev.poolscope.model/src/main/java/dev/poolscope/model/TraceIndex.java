package dev.poolscope.model;

import java.util.List;

/** What the model indexes in its one pass over a trace, besides the checkpoints. */
record TraceIndex(RaceIndex races, RollbackIndex rollbacks, RetryIndex retries, AllocationIndex allocations,
        Landmarks landmarks,
        List<ThreadSummary> summaries) {

    /** The index's share of the heap. */
    long bytes() {
        return races.bytes() + rollbacks.bytes() + retries.bytes() + allocations.bytes() + landmarks.bytes();
    }
}
