package dev.poolscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.ThreadSummary;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.io.IOException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks a trace's series against what is counted here independently: from the events one by one
 * and from the replay model. Traces must be dense (no lost blocks), so that a bucket ending at point
 * {@code i} holds exactly the events after point {@code i - 1}'s up to its own.
 */
final class SeriesCheck {

    private static final double TOLERANCE = 1e-9;

    private final MemoryTrace trace;
    private final TraceSeries series;
    private final ReplayModel model;

    SeriesCheck(MemoryTrace trace, int maxPoints) throws IOException {
        List<Event> events = trace.events();
        assertEquals(events.size() - 1, events.get(events.size() - 1).seq() - events.get(0).seq(), "a dense trace");
        this.trace = trace;
        this.series = TraceSeries.of(trace, maxPoints);
        this.model = ReplayModel.open(trace);
    }

    TraceSeries series() {
        return series;
    }

    void checkAll() throws IOException {
        checkPointsStandForBuckets();
        checkAvailAtTheEnd();
        checkContentionTotals();
        checkRetriesPerThread();
    }

    /** One point per bucket, the last event of each, within the budget; the last point is the last event. */
    void checkPointsStandForBuckets() {
        Series avail = series.avail();
        long width = series.bucketing().width();
        long buckets = (trace.lastSeq() - series.firstSeq()) / width + 1;
        assertEquals(buckets, avail.size());
        for (int i = 0; i < avail.size(); i++) {
            long expected = Math.min(series.firstSeq() + (i + 1) * width - 1, trace.lastSeq());
            assertEquals(expected, avail.seq(i), "point " + i);
        }
        assertEquals(trace.lastSeq(), series.lastSeq());
    }

    /** The pool's and every chunk's avail at the last point are the model's at the last event. */
    void checkAvailAtTheEnd() throws IOException {
        PoolState last = model.stateAt(model.lastSeq());
        long pool = 0;
        for (int chunk = 0; chunk < last.chunkCount(); chunk++) {
            Series chunkAvail = series.chunkAvail().get(chunk);
            assertEquals(last.avail(chunk), chunkAvail.value(chunkAvail.size() - 1), "avail of chunk " + chunk);
            pool += last.avail(chunk);
        }
        assertEquals(pool, series.avail().value(series.avail().size() - 1));
    }

    /** Rate times the bucket's events, summed over the buckets, gives back the trace's totals, bucket by bucket too. */
    void checkContentionTotals() {
        Series failures = series.casFailuresPerKiloEvent();
        Series rollbacks = series.rollbacksPerKiloEvent();
        double failureSum = 0;
        double rollbackSum = 0;
        for (int i = 0; i < failures.size(); i++) {
            long from = i == 0 ? series.firstSeq() : failures.seq(i - 1) + 1;
            long events = failures.seq(i) - from + 1;
            double bucketFailures = failures.value(i) * events / 1000;
            double bucketRollbacks = rollbacks.value(i) * events / 1000;
            assertEquals(count(from, failures.seq(i), Event::casFailed), bucketFailures, TOLERANCE, "bucket " + i);
            assertEquals(count(from, failures.seq(i), e -> e.kind() == EventKind.ROLLBACK), bucketRollbacks,
                    TOLERANCE, "bucket " + i);
            failureSum += bucketFailures;
            rollbackSum += bucketRollbacks;
        }
        assertEquals(model.races().size(), failureSum, TOLERANCE);
        assertEquals(model.rollbacks().size(), rollbackSum, TOLERANCE);
    }

    /**
     * A thread has a point exactly in the buckets where it ended allocations; mean times those
     * allocations, summed, is its retry total as the model counts it (every allocation of these
     * traces ends).
     */
    void checkRetriesPerThread() {
        List<ThreadSummary> summaries = model.threadSummaries();
        long[] bucketEnds = series.avail().size() == 0 ? new long[0] : bucketEnds();
        for (ThreadSummary summary : summaries) {
            int thread = summary.thread();
            Series means = series.retriesPerAlloc().get(thread);
            double retries = 0;
            int point = 0;
            for (int bucket = 0; bucket < bucketEnds.length; bucket++) {
                long from = bucket == 0 ? series.firstSeq() : bucketEnds[bucket - 1] + 1;
                long ends = count(from, bucketEnds[bucket], e -> e.thread() == thread && e.kind() == EventKind.ALLOC_END);
                if (ends > 0) {
                    assertEquals(bucketEnds[bucket], means.seq(point), "T" + thread + " point " + point);
                    retries += means.value(point) * ends;
                    point++;
                }
            }
            assertEquals(point, means.size(), "T" + thread + " has a point per bucket where it ended an allocation");
            assertEquals(summary.retries(), retries, 1e-6, "retries of T" + thread);
        }
    }

    private long[] bucketEnds() {
        long[] ends = new long[series.avail().size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = series.avail().seq(i);
        }
        return ends;
    }

    /** Events from {@code fromSeq} to {@code toSeq} that {@code test} accepts; a dense trace's event {@code seq} is at index {@code seq - firstSeq}. */
    private long count(long fromSeq, long toSeq, Predicate<Event> test) {
        long first = trace.events().get(0).seq();
        return trace.events().subList((int) (fromSeq - first), (int) (toSeq - first + 1)).stream().filter(test).count();
    }

    static void assertSomewhereNonZero(Series series) {
        boolean nonZero = false;
        for (int i = 0; i < series.size(); i++) {
            nonZero |= series.value(i) != 0;
        }
        assertTrue(nonZero, series + " is zero everywhere");
    }
}
