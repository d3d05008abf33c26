package dev.poolscope.analysis;

import dev.poolscope.trace.ReadProgress;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TracePass;

import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Time series over a trace's events, computed in one streaming pass: the pool's avail and each
 * chunk's; CAS failures and rollbacks per 1,000 events; each thread's mean retries per allocation;
 * the fragmentation series with the trace's failed allocations ({@link #fragmentation()}); and the
 * contention totals per thread and per word ({@link #contention()}), bounded by the pool's words.
 *
 * <p>Memory is bounded by the point budget, not by the trace: the events are cut into at most
 * {@code maxPoints} buckets of equal width (see {@link Bucketing}), each bucket gives at most one
 * point per series, and no event is kept. Every point stands for the last event of its bucket.
 */
public final class TraceSeries {

    /** Points per series by default: about one per pixel column of a wide chart. */
    public static final int DEFAULT_MAX_POINTS = 2000;

    private final Bucketing bucketing;
    private final long lastSeq;
    private final Series avail;
    private final List<Series> chunkAvail;
    private final Series casFailures;
    private final Series rollbacks;
    private final List<Series> retriesPerAlloc;
    private final FragmentationSeries fragmentation;
    private final TraceContention totals;

    TraceSeries(Bucketing bucketing, long lastSeq, AvailAccumulator avail, ContentionAccumulator contention,
            RetryAccumulator retries, FragmentationAccumulator fragmentation) {
        this.bucketing = bucketing;
        this.lastSeq = lastSeq;
        this.avail = avail.pool();
        this.chunkAvail = List.of(avail.chunks());
        this.casFailures = contention.failures();
        this.rollbacks = contention.rollbacks();
        this.retriesPerAlloc = List.of(retries.means());
        this.fragmentation = fragmentation.series();
        this.totals = fragmentation.contention();
    }

    /** The series of {@code trace} with at most {@value #DEFAULT_MAX_POINTS} points each. */
    public static TraceSeries of(Trace trace) throws IOException {
        return of(trace, DEFAULT_MAX_POINTS);
    }

    /**
     * The series of {@code trace} with at most {@code maxPoints} points each, from the state its
     * header starts from (clear bitmaps, or its start state).
     *
     * @throws IOException when the trace cannot be read
     */
    public static TraceSeries of(Trace trace, int maxPoints) throws IOException {
        return of(trace, maxPoints, eventsRead -> { });
    }

    /**
     * The series as {@link #of(Trace, int)} makes them, telling {@code progress} how many events
     * have been read every {@value ReadProgress#EVENTS} events; {@code progress} stops the reading by
     * throwing an unchecked exception, which passes out of this method.
     */
    public static TraceSeries of(Trace trace, int maxPoints, LongConsumer progress) throws IOException {
        return of(trace, maxPoints, FragmentationState.DEFAULT_REQUEST_UNITS, progress);
    }

    /**
     * The series as {@link #of(Trace, int, LongConsumer)} makes them, with U(n) and FI(n) for each n of
     * {@code requestUnits} (units) instead of the default 1, 8, 64 and 512.
     */
    public static TraceSeries of(Trace trace, int maxPoints, long[] requestUnits, LongConsumer progress)
            throws IOException {
        TraceSeriesBuilder builder = builder(trace, maxPoints, requestUnits);
        TracePass.run(trace, progress, builder);
        return builder.build();
    }

    /**
     * A builder of the series {@link #of(Trace, int, long[], LongConsumer)} makes, to be fed every event
     * of {@code trace} from the first (by a {@link TracePass} that may feed other builders too), then built.
     */
    public static TraceSeriesBuilder builder(Trace trace, int maxPoints, long[] requestUnits) {
        return new TraceSeriesBuilder(trace, maxPoints, requestUnits);
    }

    /** How the events were cut into buckets. */
    public Bucketing bucketing() {
        return bucketing;
    }

    /** The first event's sequence number (0 for an empty trace). */
    public long firstSeq() {
        return bucketing.firstSeq();
    }

    /** The last event's sequence number, or -1 for an empty trace. */
    public long lastSeq() {
        return lastSeq;
    }

    /** The pool's avail in bytes (the sum over its chunks) after each bucket. */
    public Series avail() {
        return avail;
    }

    /** Each chunk's avail in bytes after each bucket, by chunk id. */
    public List<Series> chunkAvail() {
        return chunkAvail;
    }

    /** Failed CASes per 1,000 events of each bucket. */
    public Series casFailuresPerKiloEvent() {
        return casFailures;
    }

    /** Rollbacks (a multi-word set undoing what it had set) per 1,000 events of each bucket. */
    public Series rollbacksPerKiloEvent() {
        return rollbacks;
    }

    /**
     * Each thread's mean retries per allocation, by thread number, over the allocations that ended
     * in each bucket; a bucket where the thread ended none has no point.
     */
    public List<Series> retriesPerAlloc() {
        return retriesPerAlloc;
    }

    /** CAS attempts, failures, rollbacks and retries over the whole trace, per thread and per word. */
    public TraceContention contention() {
        return totals;
    }

    /** Free extents, U(n), FI(n), internal fragmentation and failed allocations over the trace. */
    public FragmentationSeries fragmentation() {
        return fragmentation;
    }
}
