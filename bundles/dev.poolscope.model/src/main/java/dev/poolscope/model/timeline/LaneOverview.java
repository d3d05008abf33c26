package dev.poolscope.model.timeline;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.ReadProgress;
import dev.poolscope.trace.Trace;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * The whole trace at a fixed, coarse resolution: the events cut into at most {@link #BUCKETS}
 * buckets of equal length, and per thread and bucket the {@link Activity} of the operations that
 * overlap the bucket, the strongest {@link Mark} in it, and the operation the thread was inside
 * when the bucket began. Read in one pass through one cursor; afterwards it costs 3 bytes per
 * thread and bucket (48 KiB per thread), whatever the trace's length.
 *
 * <p>The Timeline paints from it when zoomed out, and starts exact reads at a bucket's first event
 * knowing each thread's open operation, so an exact read never has to go back further than one
 * bucket.
 */
public final class LaneOverview {

    /** Enough that a bucket is a few pixels wide where exact reading takes over; see the Timeline widget. */
    public static final int BUCKETS = 16_384;

    private final int threads;
    private final long firstSeq;
    private final long bucketLength;
    private final int buckets;
    private final byte[] activity;
    private final byte[] marks;
    private final byte[] openAtStart;

    private LaneOverview(int threads, long firstSeq, long lastSeq) {
        this.threads = threads;
        this.firstSeq = firstSeq;
        long length = Math.max(1, lastSeq + 1 - firstSeq);
        this.bucketLength = (length + BUCKETS - 1) / BUCKETS;
        this.buckets = (int) ((length + bucketLength - 1) / bucketLength);
        this.activity = new byte[threads * buckets];
        this.marks = new byte[threads * buckets];
        this.openAtStart = new byte[threads * buckets];
    }

    /**
     * Reads every event of {@code trace}, which has events {@code firstSeq..lastSeq} of {@code threads}
     * threads, telling {@code progress} the events read every {@value ReadProgress#EVENTS} events; an
     * unchecked exception from {@code progress} stops the reading and passes out of this method.
     */
    public static LaneOverview read(Trace trace, int threads, long firstSeq, long lastSeq, LongConsumer progress)
            throws IOException {
        LaneOverview overview = new LaneOverview(threads, firstSeq, lastSeq);
        OperationSpans spans = new OperationSpans(threads);
        SpanSink sink = overview::addSpan;
        ReadProgress read = new ReadProgress(progress);
        try (EventCursor cursor = trace.from(firstSeq)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                spans.accept(event, sink);
                int index = overview.index(event.thread(), overview.bucketOf(event.seq()));
                overview.marks[index] = (byte) Math.max(overview.marks[index], Mark.of(event).ordinal());
                read.eventRead();
            }
        }
        spans.finish(lastSeq, sink);
        return overview;
    }

    private void addSpan(int thread, long fromSeq, long toSeq, int flags) {
        int first = bucketOf(fromSeq);
        int last = bucketOf(toSeq);
        for (int bucket = first; bucket <= last; bucket++) {
            activity[index(thread, bucket)] |= (byte) flags;
            if (bucketStart(bucket) > fromSeq) {
                openAtStart[index(thread, bucket)] = (byte) flags;
            }
        }
    }

    private int index(int thread, int bucket) {
        return thread * buckets + bucket;
    }

    public long bucketLength() {
        return bucketLength;
    }

    int bucketOf(long seq) {
        return (int) Math.max(0, Math.min(buckets - 1, (seq - firstSeq) / bucketLength));
    }

    long bucketStart(int bucket) {
        return firstSeq + bucket * bucketLength;
    }

    /** The {@link Activity} of the operation {@code thread} was inside when {@code bucket} began (IDLE when none). */
    int openAtStart(int thread, int bucket) {
        return openAtStart[index(thread, bucket)];
    }

    /** Paints every bucket into the columns it overlaps: for when a column holds many events. */
    public void project(TimeScale scale, LaneColumns columns) {
        int first = bucketOf(scale.firstVisibleSeq());
        int last = bucketOf(scale.endVisibleSeq() - 1);
        for (int bucket = first; bucket <= last; bucket++) {
            long fromColumn = scale.columnOf(bucketStart(bucket));
            long toColumn = scale.lastColumnOf(bucketStart(bucket) + bucketLength - 1);
            for (int thread = 0; thread < threads; thread++) {
                int index = index(thread, bucket);
                columns.addActivity(thread, fromColumn, toColumn, activity[index]);
                if (marks[index] != 0) {
                    // at the bucket's first column, as an exact read puts an event's mark at the event's
                    columns.addMark(thread, fromColumn, Mark.byOrdinal(marks[index]));
                }
            }
        }
    }
}
