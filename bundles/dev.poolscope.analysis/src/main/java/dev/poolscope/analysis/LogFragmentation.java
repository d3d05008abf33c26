package dev.poolscope.analysis;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.InternalFragmentation;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.analysis.log.ReplayResult;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/**
 * A log's fragmentation as {@link LogReplay} replays it: the metrics after any number of operations,
 * and each failed alloc with its reason, as the replay's {@link LogReplay#onFailure} reports it (the one
 * way a replay's failures are found) with the numbers of {@link LogReplay#failedAt}.
 */
public final class LogFragmentation {

    private final LogReplay replay;
    private final List<FailedAlloc> failures = new ArrayList<>();
    private final EnumMap<FailureReason, Long> counts = new EnumMap<>(FailureReason.class);

    public LogFragmentation(AllocationLog log, PoolSpec spec) {
        this.replay = new LogReplay(log, spec);
        for (FailureReason reason : FailureReason.values()) {
            counts.put(reason, 0L);
        }
        replay.onFailure(index -> {
            FailedAlloc failure = replay.failedAt(index);
            failures.add(failure);
            counts.merge(failure.reason(), 1L, Long::sum);
        });
    }

    /** Replays operations until the first {@code operations} are done. */
    public void runTo(int operations) {
        replay.runTo(operations);
    }

    /** The metrics after the operations done so far. */
    public FragmentationSnapshot snapshot() {
        ReplayResult result = replay.result();
        long internalBytes = InternalFragmentation.lostBytes(result.liveSizes(), replay.pool().minAllocOrder());
        return new FragmentationSnapshot(result.afterOps(), replay.chunkExtents(), internalBytes, counts);
    }

    /** The failed allocs so far, in log order; {@link FailedAlloc#at()} is the operation's index from 0. */
    public List<FailedAlloc> failures() {
        return List.copyOf(failures);
    }
}
