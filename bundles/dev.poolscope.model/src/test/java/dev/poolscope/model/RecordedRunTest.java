package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real-thread runs: the model's bitmaps and avails at the last event are the live pool's, and its
 * index counts what the trace holds and pairs nearly every race with a verified culprit.
 */
class RecordedRunTest {

    @ParameterizedTest(name = "{0}, {1} threads, allocations left live: {2}")
    @CsvSource({
        "MAINLINE, 2, true", "MAINLINE, 4, false", "MAINLINE, 8, true", "MAINLINE, 8, false",
        "PRE_PATCH, 2, false", "PRE_PATCH, 4, true", "PRE_PATCH, 8, true",
    })
    void lastStateIsTheLivePool(Variant variant, int threads, boolean leaveLive) throws Exception {
        RecordedRun run = RecordedRun.of(variant, threads, 3000, leaveLive, 17 + threads);
        ReplayModel model = ReplayModel.open(run.trace, 1000);

        PoolState last = model.stateAt(model.lastSeq());
        boolean anyBitSet = false;
        for (Chunk chunk : run.pool.chunks()) {
            long[] live = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(live);
            assertArrayEquals(live, last.words(chunk.id()), "bitmap of " + chunk);
            assertEquals(chunk.avail(), last.avail(chunk.id()), "avail of " + chunk);
            for (long word : live) {
                anyBitSet |= word != 0;
            }
        }
        assertEquals(leaveLive, anyBitSet, "allocations left live show in the bitmaps");
        for (int thread = 0; thread < threads; thread++) {
            assertEquals(Step.DONE, last.thread(thread).step(), "thread " + thread + " ended its last operation");
        }
        checkIndexAgainstTrace(model, run);
    }

    /**
     * Every failed CAS is a race whose culprit, when found, is another thread's write that left the
     * witnessed value: the latest such write numbered before it, or else the first one among the
     * next {@value PendingRaces#WRITES} writes of the word numbered after it.
     */
    private static void checkIndexAgainstTrace(ReplayModel model, RecordedRun run) {
        Map<Long, Event> bySeq = new HashMap<>();
        long failedCases = 0;
        long rollbacks = 0;
        for (Event event : run.trace.events()) {
            bySeq.put(event.seq(), event);
            failedCases += event.casFailed() ? 1 : 0;
            rollbacks += event.kind() == EventKind.ROLLBACK ? 1 : 0;
        }
        assertEquals(failedCases, model.races().size());
        assertEquals(rollbacks, model.rollbacks().size());
        int notFound = 0;
        for (int i = 0; i < model.races().size(); i++) {
            Race race = model.races().get(i);
            assertTrue(bySeq.get(race.seq()).casFailed());
            if (race.culpritFound()) {
                Event culprit = bySeq.get(race.culpritSeq());
                assertTrue(isWriteOf(race, culprit), culprit::toString);
                assertEquals(race.witnessed(), culprit.p2(), "the culprit left the witnessed value");
                assertEquals(race.culpritThread(), culprit.thread());
                assertNotEquals(race.thread(), culprit.thread());
            }
            switch (race.culpritOrder()) {
                case BEFORE -> assertTrue(race.culpritSeq() < race.seq());
                case AFTER_BY_SEQ -> checkLateCulprit(race, bySeq);
                case NOT_FOUND -> notFound++;
            }
        }
        // at most 5% (runs of 2-8 threads leave 0-1%, against about 20% with the backward search alone), give
        // or take one race: on a loaded machine a run can have only a handful of races
        assertTrue(notFound <= 1 + 0.05 * model.races().size(),
                notFound + " of " + model.races().size() + " races without a culprit");
        long retries = model.threadSummaries().stream().mapToLong(ThreadSummary::retries).sum();
        assertEquals(model.count(Landmark.RETRY), retries);
    }

    /** A culprit numbered after its race is the first fitting write of the word after it, and within the window. */
    private static void checkLateCulprit(Race race, Map<Long, Event> bySeq) {
        int writes = 0;
        for (long seq = race.seq() + 1; seq < race.culpritSeq(); seq++) {
            Event event = bySeq.get(seq);
            if (event != null && isWriteOf(race, event)) {
                writes++;
                assertTrue(event.thread() == race.thread() || event.p2() != race.witnessed(),
                        () -> event + " fits " + race + " before its culprit");
            }
        }
        assertTrue(writes + 1 <= PendingRaces.WRITES, race + " found its culprit after " + writes + " other writes");
    }

    /** True for a successful CAS or word store on the race's word. */
    private static boolean isWriteOf(Race race, Event event) {
        return (event.casSucceeded() || event.kind() == EventKind.WORD_STORE) && event.chunk() == race.chunk()
                && event.p0() == race.word();
    }
}
