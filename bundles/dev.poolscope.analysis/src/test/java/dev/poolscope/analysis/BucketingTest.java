package dev.poolscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A million events and more stay within the point budget, and the totals survive the bucketing. */
class BucketingTest {

    @ParameterizedTest(name = "{0} events")
    @ValueSource(longs = {1_000_000, 1_000_003, 1_999})
    void aLongTraceStaysWithinTheBudgetAndKeepsItsTotals(long events) throws Exception {
        TraceSeries series = TraceSeries.of(new CycleTrace(events));

        long width = series.bucketing().width();
        long buckets = (events + width - 1) / width;
        assertTrue(buckets <= TraceSeries.DEFAULT_MAX_POINTS, buckets + " buckets");
        int budget = TraceSeries.DEFAULT_MAX_POINTS;
        assertEquals((events + budget - 1) / budget, width, "the narrowest width that fits the budget");
        for (Series s : all(series)) {
            assertTrue(s.size() <= TraceSeries.DEFAULT_MAX_POINTS, s + " over the budget");
        }
        assertEquals(buckets, series.avail().size());

        long failures = 0;
        long rollbacks = 0;
        long avail = CycleTrace.CHUNK_BYTES;
        for (long seq = 0; seq < events; seq++) {
            Event event = CycleTrace.cycleEvent(seq);
            failures += event.casFailed() ? 1 : 0;
            rollbacks += event.kind() == EventKind.ROLLBACK ? 1 : 0;
            avail += event.kind() == EventKind.AVAIL_CHANGE ? event.p0() : 0;
        }
        assertEquals(failures, total(series.casFailuresPerKiloEvent(), series), 1e-6);
        assertEquals(rollbacks, total(series.rollbacksPerKiloEvent(), series), 1e-6);
        assertEquals(avail, series.avail().value(series.avail().size() - 1));
        for (Series retries : series.retriesPerAlloc()) {
            for (int i = 0; i < retries.size(); i++) {
                assertEquals(1.0, retries.value(i), retries + " point " + i + ": every allocation retries once");
            }
        }
    }

    @Test
    void anEmptyTraceHasNoPoints() throws Exception {
        TraceSeries series = TraceSeries.of(new CycleTrace(0));
        for (Series s : all(series)) {
            assertEquals(0, s.size(), s.name());
        }
        assertEquals(-1, series.lastSeq());
    }

    /** The count a rate series stands for: each rate times its bucket's events (the seqs are dense from 0). */
    private static double total(Series rate, TraceSeries series) {
        double total = 0;
        for (int i = 0; i < rate.size(); i++) {
            long events = rate.seq(i) - (i == 0 ? series.firstSeq() - 1 : rate.seq(i - 1));
            total += rate.value(i) * events / 1000;
        }
        return total;
    }

    private static List<Series> all(TraceSeries series) {
        List<Series> all = new ArrayList<>(List.of(series.avail(), series.casFailuresPerKiloEvent(),
                series.rollbacksPerKiloEvent()));
        all.addAll(series.chunkAvail());
        all.addAll(series.retriesPerAlloc());
        return all;
    }
}
