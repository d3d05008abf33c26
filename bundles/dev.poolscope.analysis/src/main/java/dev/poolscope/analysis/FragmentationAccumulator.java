package dev.poolscope.analysis;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.TraceHeader;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The fragmentation series, sampled from a {@link FragmentationState} after the last event of every
 * bucket: the pool's and each chunk's extent metrics, the internal bytes, and the failed
 * allocations that ended in each bucket, in all and by reason.
 */
final class FragmentationAccumulator implements BucketAccumulator {

    private final FragmentationState state;
    private final long[] requestUnits;
    private final ExtentSeries.Builder pool;
    private final ExtentSeries.Builder[] chunks;
    private final SeriesBuilder internalBytes = new SeriesBuilder("internal fragmentation (bytes)");
    private final SeriesBuilder failed = new SeriesBuilder("failed allocations");
    private final Map<FailureReason, SeriesBuilder> failedByReason = new EnumMap<>(FailureReason.class);
    /** Failures already counted in earlier buckets. */
    private int counted;

    FragmentationAccumulator(TraceHeader header, long[] requestUnits) {
        this.state = new FragmentationState(header, requestUnits);
        this.requestUnits = requestUnits.clone();
        this.pool = new ExtentSeries.Builder("pool", requestUnits);
        this.chunks = new ExtentSeries.Builder[header.chunks().size()];
        for (int chunk = 0; chunk < chunks.length; chunk++) {
            chunks[chunk] = new ExtentSeries.Builder("chunk " + chunk, requestUnits);
        }
        for (FailureReason reason : FailureReason.values()) {
            failedByReason.put(reason, new SeriesBuilder("failed: " + reason.label()));
        }
    }

    @Override
    public void accept(Event event) {
        state.accept(event);
    }

    @Override
    public void closeBucket(long lastSeq, long events) {
        pool.add(lastSeq, state.extents());
        for (int chunk = 0; chunk < chunks.length; chunk++) {
            chunks[chunk].add(lastSeq, state.extents().chunk(chunk));
        }
        internalBytes.add(lastSeq, state.internalBytes());
        List<FailedAlloc> failures = state.failures().failures();
        Map<FailureReason, Long> inBucket = new EnumMap<>(FailureReason.class);
        for (FailedAlloc failure : failures.subList(counted, failures.size())) {
            inBucket.merge(failure.reason(), 1L, Long::sum);
        }
        failed.add(lastSeq, failures.size() - counted);
        failedByReason.forEach((reason, series) -> series.add(lastSeq, inBucket.getOrDefault(reason, 0L)));
        counted = failures.size();
    }

    /** The contention of every event taken, counted by the same state as the series. */
    TraceContention contention() {
        return state.contention();
    }

    FragmentationSeries series() {
        Map<FailureReason, Series> byReason = new EnumMap<>(FailureReason.class);
        failedByReason.forEach((reason, series) -> byReason.put(reason, series.build()));
        List<ExtentSeries> perChunk = Arrays.stream(chunks).map(ExtentSeries.Builder::build).toList();
        return new FragmentationSeries(requestUnits, pool.build(), perChunk, internalBytes.build(), failed.build(),
                byReason, List.copyOf(state.failures().failures()), state.failures().countsByReason());
    }
}
