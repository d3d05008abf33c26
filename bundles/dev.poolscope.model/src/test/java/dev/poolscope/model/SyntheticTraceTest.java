package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The synthetic trace describes a valid run, and the model opens a million of its events in bounded memory. */
class SyntheticTraceTest {

    @Test
    void theSyntheticRunIsValid() throws IOException {
        SyntheticTrace trace = new SyntheticTrace(5_000, 3, 2, 16);
        BitmapReplay replay = new BitmapReplay(trace.header());
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                checkAgainst(replay, event);
                replay.apply(event);
            }
        }
        ReplayModel model = ReplayModel.open(trace, 100);
        PoolState last = model.stateAt(trace.lastSeq());
        for (int chunk = 0; chunk < last.chunkCount(); chunk++) {
            assertEquals(Arrays.toString(replay.words(chunk)), Arrays.toString(last.words(chunk)));
            assertEquals(replay.avail(chunk), last.avail(chunk));
        }
        assertTrue(model.races().get(0).culpritFound() && model.races().get(1).culpritFound());
    }

    /** Each event agrees with the pool as the events before it left it. */
    private static void checkAgainst(BitmapReplay replay, Event event) {
        String what = event.toString();
        switch (event.kind()) {
            case WORD_READ -> assertEquals(replay.words(event.chunk())[(int) event.p0()], event.p1(), what);
            case CAS -> {
                long word = replay.words(event.chunk())[(int) event.p0()];
                if (event.casSucceeded()) {
                    assertEquals(word, event.p1(), what);
                    long changed = event.p1() ^ event.p2();
                    assertTrue((changed & word) == 0 || (changed & ~word) == 0, "sets only clear bits or clears only set bits: " + what);
                } else {
                    assertEquals(word, event.p3(), what);
                    assertTrue(event.p1() != event.p3(), what);
                }
            }
            case AVAIL_READ -> assertEquals(replay.avail(event.chunk()), event.p0(), what);
            case AVAIL_CHANGE -> assertEquals(replay.avail(event.chunk()) + event.p0(), event.p1(), what);
            default -> {
                // nothing to check against the bitmap
            }
        }
    }

    @Test
    void aMillionEventsOpenAndTheModelKeepsOnlyCheckpointsAndIndex() throws IOException {
        SyntheticTrace trace = new SyntheticTrace(1_000_000, 8, 1, 2048);
        Map<EventKind, Long> kinds = new EnumMap<>(EventKind.class);
        long failedCases = 0;
        long allocated = 0;
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                kinds.merge(event.kind(), 1L, Long::sum);
                failedCases += event.casFailed() ? 1 : 0;
                allocated += event.kind() == EventKind.ALLOC_END && event.p1() != 0 ? 1 : 0;
            }
        }
        ReplayModel model = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ReplayModel.open(trace));

        assertEquals(1_000_000, model.eventCount());
        assertEquals(failedCases, model.races().size());
        assertEquals(kinds.get(EventKind.ROLLBACK), model.rollbacks().size());
        assertEquals(kinds.get(EventKind.ALLOC_BEGIN), model.count(Landmark.ALLOC));
        assertEquals(allocated, model.allocations().size(), "every successful allocation is indexed once");
        int checkpoints = 1 + (int) (1_000_000 / model.checkpointInterval());
        assertEquals(checkpoints, model.checkpointCount());
        // a checkpoint: the bitmap words, plus array headers and positions of a few hundred bytes per thread
        long perCheckpoint = 8L * trace.wordsPerChunk() + 200L * 8 + 256;
        assertTrue(model.checkpointBytes() <= checkpoints * perCheckpoint,
                model.checkpointBytes() + " bytes of checkpoints");
        long entries = 48L * model.races().size() + 44L * model.allocations().size() + 32L * model.rollbacks().size()
                + 16L * model.retries().size()
                + 8L * (model.count(Landmark.RETRY) + model.count(Landmark.ALLOC) + model.count(Landmark.FREE)
                        + model.count(Landmark.FAILURE));
        assertTrue(model.indexBytes() <= entries + 2048, // array headers of the columns
                model.indexBytes() + " bytes of index for " + entries);
    }
}
