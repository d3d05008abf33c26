package dev.poolscope.analysis.failure;

import dev.poolscope.analysis.fragmentation.BitmapScan;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.core.GenPool;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The failed allocations of a live pool, as its threads tell them, each with its reason by the one rule.
 * A live pool keeps no history, so F and L are the pool's right after the failure, scanned while other
 * threads may go on changing it: the reason is the one those numbers give, and a lost race cannot be
 * named (only a trace, which saw where the search began, can). Safe for every thread of the pool.
 */
public final class LiveFailures {

    private final GenPool pool;
    private final Map<FailureReason, Long> counts = new EnumMap<>(FailureReason.class);
    private long count;
    private FailedAlloc last;

    public LiveFailures(GenPool pool) {
        this.pool = pool;
    }

    /**
     * Tells of an allocation of {@code bytes} by {@code thread} that just got 0, and returns it with its reason;
     * its {@link FailedAlloc#at()} is its number among the pool's failures, from 0.
     */
    public synchronized FailedAlloc failed(int thread, long bytes) {
        ExtentStats extents = BitmapScan.extents(pool); // a racy read of live words: what the pool shows now
        long units = GenPool.bitsFor(bytes, pool.minAllocOrder());
        FailedAlloc failure = FailedAlloc.of(count++, thread, bytes, units, extents.free(), extents.largest(), false);
        counts.merge(failure.reason(), 1L, Long::sum);
        last = failure;
        return failure;
    }

    /** The failures told so far. */
    public synchronized long count() {
        return count;
    }

    /** How many failed for each reason so far; reasons none failed for are left out. */
    public synchronized Map<FailureReason, Long> counts() {
        return new EnumMap<>(counts);
    }

    /** The latest failure, if any. */
    public synchronized Optional<FailedAlloc> last() {
        return Optional.ofNullable(last);
    }
}
