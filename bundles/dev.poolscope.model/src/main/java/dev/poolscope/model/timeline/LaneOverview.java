package dev.poolscope.model.timeline;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.ReadProgress;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TracePass;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * The whole trace at a fixed, coarse resolution: the events cut into at most {@link #BUCKETS}
 * buckets of equal length, and per thread and bucket the {@link Activity} of the operations that
 * overlap the bucket, the strongest {@link Mark} in it, and the operation the thread was inside
 * when the bucket began. Built in one pass over the trace ({@link LaneOverviewBuilder}); afterwards it costs 3 bytes per
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

    LaneOverview(int threads, long firstSeq, long lastSeq) {
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
     * Reads every event of {@code trace}, telling {@code progress} the events read every
     * {@value ReadProgress#EVENTS} events; an unchecked exception from {@code progress} stops the
     * reading and passes out of this method.
     */
    public static LaneOverview read(Trace trace, LongConsumer progress) throws IOException {
        LaneOverviewBuilder builder = builder(trace);
        TracePass.run(trace, progress, builder);
        return builder.build();
    }

    /**
     * A builder of {@code trace}'s overview, to be fed every event of the trace from the first (by a
     * {@link TracePass} that may feed other builders too), then built.
     */
    public static LaneOverviewBuilder builder(Trace trace) {
        return new LaneOverviewBuilder(trace);
    }

    /** Keeps {@code event}'s mark in its thread's lane at {@code bucket} (its seq's), when stronger than the marks there so far. */
    void mark(Event event, int bucket) {
        int index = index(event.thread(), bucket);
        marks[index] = (byte) Math.max(marks[index], Mark.of(event).ordinal());
    }

    /** {@code thread} was inside an operation of {@link Activity} {@code flags} from {@code fromSeq} to {@code toSeq}. */
    void addSpan(int thread, long fromSeq, long toSeq, int flags) {
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
