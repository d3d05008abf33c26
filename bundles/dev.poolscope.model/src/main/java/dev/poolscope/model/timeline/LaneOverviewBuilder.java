package dev.poolscope.model.timeline;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventSink;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TracePass;

/**
 * The {@link LaneOverview} built from a pass over a trace: each event's mark goes into its thread's
 * bucket, each operation's span into every bucket it overlaps. A sink, so that the overview can share
 * its pass with the replay model and the charts' series ({@link TracePass}); {@link LaneOverview#read}
 * is this builder fed by a pass of its own. Obtained from {@link LaneOverview#builder}; {@link #build()}
 * once, after the last event.
 */
public final class LaneOverviewBuilder implements EventSink {

    private final int threads;
    private final long lastSeq;
    private final OperationSpans spans;
    /** Made at the first event, whose seq is where the buckets start. */
    private LaneOverview overview;
    private SpanSink sink;
    /** The bucket of the last event and the first seq past it: a comparison per event instead of a division. */
    private int bucket;
    private long bucketEnd = Long.MIN_VALUE;

    LaneOverviewBuilder(Trace trace) {
        this.threads = trace.header().threads();
        this.lastSeq = trace.lastSeq();
        this.spans = new OperationSpans(threads);
    }

    @Override
    public void accept(Event event) {
        if (overview == null) {
            start(event.seq());
        }
        spans.accept(event, sink);
        if (event.seq() >= bucketEnd) {
            bucket = overview.bucketOf(event.seq());
            bucketEnd = overview.bucketStart(bucket + 1);
        }
        overview.mark(event, bucket);
    }

    /** The overview of the events taken; an operation still open at the end is drawn to the last event. */
    public LaneOverview build() {
        if (overview == null) {
            start(-1); // no event: as a model of an empty trace, first and last seq -1
        }
        spans.finish(lastSeq, sink);
        return overview;
    }

    private void start(long firstSeq) {
        overview = new LaneOverview(threads, firstSeq, lastSeq);
        sink = overview::addSpan;
    }
}
