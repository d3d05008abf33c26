package dev.poolscope.analysis.failure;

import dev.poolscope.analysis.fragmentation.BitmapScan;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.core.GenPool;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The failed allocations of a live pool, as its threads tell them, each with its reason by the one rule.
 * A lost race is seen as it happens, by the pool's {@link RaceWitness}: the allocation searched again
 * after another thread's set beat its own. Otherwise a live pool keeps no history, so F and L are the
 * pool's right after the failure, scanned while other threads may go on changing it, and the reason is
 * the one those numbers give. Safe for every thread of the pool.
 */
public final class LiveFailures {

    private final GenPool pool;
    private final RaceWitness witness;
    private final Map<FailureReason, Long> counts = new EnumMap<>(FailureReason.class);
    private long count;
    private FailedAlloc last;

    /** Failures of {@code pool}, whose probe includes {@code witness}. */
    public LiveFailures(GenPool pool, RaceWitness witness) {
        this.pool = pool;
        this.witness = witness;
    }

    /**
     * Tells of an allocation of {@code bytes} by {@code thread} that just got 0, and returns it with its reason;
     * its {@link FailedAlloc#at()} is its number among the pool's failures, from 0. Call it on the thread that
     * made the allocation, before that thread allocates again: the witness answers for the calling thread.
     */
    public FailedAlloc failed(int thread, long bytes) {
        boolean lostRace = witness.lostRaceInLatestAlloc(); // this thread's own flag: read outside the lock
        ExtentStats extents = BitmapScan.extents(pool); // a racy read of live words: what the pool shows now
        long units = GenPool.bitsFor(bytes, pool.minAllocOrder());
        synchronized (this) {
            return record(FailedAlloc.of(count++, thread, bytes, units, extents.free(), extents.largest(), lostRace));
        }
    }

    private FailedAlloc record(FailedAlloc failure) {
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
