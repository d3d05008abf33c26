package dev.poolscope.analysis;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A trace's fragmentation over its events, built in the same pass as the other series of
 * {@link TraceSeries}: extent metrics of the pool and of each chunk, internal fragmentation, the
 * failed allocations per bucket (in all and by reason), and every failure with its reason. Immutable.
 */
public final class FragmentationSeries {

    private final long[] requestUnits;
    private final ExtentSeries pool;
    private final List<ExtentSeries> chunks;
    private final Series internalBytes;
    private final Series failed;
    private final Map<FailureReason, Series> failedByReason;
    private final List<FailedAlloc> failures;
    private final Map<FailureReason, Long> failureCounts;

    FragmentationSeries(long[] requestUnits, ExtentSeries pool, List<ExtentSeries> chunks, Series internalBytes,
            Series failed, Map<FailureReason, Series> failedByReason, List<FailedAlloc> failures,
            Map<FailureReason, Long> failureCounts) {
        this.requestUnits = requestUnits.clone();
        this.pool = pool;
        this.chunks = List.copyOf(chunks);
        this.internalBytes = internalBytes;
        this.failed = failed;
        this.failedByReason = new EnumMap<>(failedByReason);
        this.failures = List.copyOf(failures);
        this.failureCounts = new EnumMap<>(failureCounts);
    }

    /** The request sizes n (units) of the U(n) and FI(n) series, by index. */
    public long[] requestUnits() {
        return requestUnits.clone();
    }

    /** The pool's extent metrics. */
    public ExtentSeries pool() {
        return pool;
    }

    /** Each chunk's extent metrics, by chunk id. */
    public List<ExtentSeries> chunks() {
        return chunks;
    }

    /** Bytes the live requests lose to rounding up to whole units, after each bucket. */
    public Series internalBytes() {
        return internalBytes;
    }

    /** Allocations that failed (ALLOC_END with address 0) in each bucket. */
    public Series failedAllocs() {
        return failed;
    }

    /** Failed allocations in each bucket with {@code reason}. */
    public Series failedAllocs(FailureReason reason) {
        return failedByReason.get(reason);
    }

    /** Every failed allocation of the trace, in trace order, with its reason and numbers. */
    public List<FailedAlloc> failures() {
        return failures;
    }

    /** How many failures had each reason over the whole trace; every reason has an entry. */
    public Map<FailureReason, Long> failureCounts() {
        return Collections.unmodifiableMap(failureCounts);
    }
}
