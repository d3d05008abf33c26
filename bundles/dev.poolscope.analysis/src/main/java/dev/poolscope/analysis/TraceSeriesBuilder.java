package dev.poolscope.analysis;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventSink;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.TracePass;

import java.util.List;

/**
 * The {@link TraceSeries} built from a pass over a trace: each event goes to every series'
 * accumulator, and a bucket's points are added when the first event of the next bucket (or the end)
 * comes. A sink, so that the series can share their pass with the replay model and the timeline
 * ({@link TracePass}); {@link TraceSeries#of} is this builder fed by a pass of its own. Obtained from
 * {@link TraceSeries#builder}; {@link #build()} once, after the last event.
 */
public final class TraceSeriesBuilder implements EventSink {

    private final long lastSeq;
    private final int maxPoints;
    private final AvailAccumulator avail;
    private final ContentionAccumulator contention;
    private final RetryAccumulator retries;
    private final FragmentationAccumulator fragmentation;
    private final List<BucketAccumulator> accumulators;
    /** Made at the first event: the first seq is known only from it (the last one the trace tells). */
    private Bucketing bucketing;
    /** The first number past the current bucket: a comparison per event instead of a division. */
    private long nextBucketStart;
    private long eventsInBucket;
    private long previousSeq = -1;

    TraceSeriesBuilder(Trace trace, int maxPoints, long[] requestUnits) {
        TraceHeader header = trace.header();
        this.lastSeq = trace.lastSeq();
        this.maxPoints = maxPoints;
        this.avail = new AvailAccumulator(header);
        this.contention = new ContentionAccumulator();
        this.retries = new RetryAccumulator(header.threads());
        this.fragmentation = new FragmentationAccumulator(header, requestUnits);
        this.accumulators = List.of(avail, contention, retries, fragmentation);
    }

    @Override
    public void accept(Event event) {
        if (bucketing == null) {
            bucketing = Bucketing.of(event.seq(), lastSeq, maxPoints);
            nextBucketStart = bucketing.nextBucketStart(event.seq());
        }
        if (event.seq() >= nextBucketStart) { // numbers only grow: the event is in a later bucket
            closeBucket();
            nextBucketStart = bucketing.nextBucketStart(event.seq());
            eventsInBucket = 0;
        }
        for (BucketAccumulator accumulator : accumulators) {
            accumulator.accept(event);
        }
        eventsInBucket++;
        previousSeq = event.seq();
    }

    /** The series of the events taken. */
    public TraceSeries build() {
        if (eventsInBucket > 0) {
            closeBucket();
            eventsInBucket = 0;
        }
        Bucketing cut = bucketing != null ? bucketing : Bucketing.of(0, lastSeq, maxPoints);
        return new TraceSeries(cut, previousSeq, avail, contention, retries, fragmentation);
    }

    private void closeBucket() {
        for (BucketAccumulator accumulator : accumulators) {
            accumulator.closeBucket(previousSeq, eventsInBucket);
        }
    }
}
