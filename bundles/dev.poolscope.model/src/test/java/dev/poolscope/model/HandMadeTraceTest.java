package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Traces written event by event, for what real runs produce only by chance: reordered CASes, culprits
 * numbered after their race, races without a culprit, bad events.
 */
class HandMadeTraceTest {

    /** One chunk of 128 units of 32 bytes (two bitmap words), two threads. */
    private static final TraceHeader HEADER = new TraceHeader(5, "mainline", "first_fit",
            List.of(new ChunkGeometry(0, 0x1000, 0, 128 * 32)), 2, "hand-made", 0);

    private final List<Event> events = new ArrayList<>();

    private void add(int thread, EventKind kind, long... payload) {
        long[] p = Arrays.copyOf(payload, EventKind.MAX_FIELDS);
        int chunk = kind == EventKind.ALLOC_BEGIN || kind == EventKind.ALLOC_END ? -1 : 0;
        events.add(new Event(events.size(), thread, events.size(), chunk, kind, p[0], p[1], p[2], p[3], p[4]));
    }

    private ReplayModel model() throws IOException {
        return ReplayModel.open(new MemoryTrace(HEADER, events));
    }

    @Test
    void casesNumberedOutOfHardwareOrderStillLeaveTheRightWord() throws Exception {
        // in hardware thread 0 set bit 0 first and thread 1 then bit 1; their events were numbered the other way round
        add(1, EventKind.CAS, 0, 0x1, 0x3, 0x1, 1);
        add(0, EventKind.CAS, 0, 0x0, 0x1, 0x0, 1);
        add(1, EventKind.AVAIL_CHANGE, -32, 128 * 32 - 64);
        add(0, EventKind.AVAIL_CHANGE, -32, 128 * 32 - 32);
        PoolState last = model().stateAt(1);
        assertEquals(0x3, last.word(0, 0), "XOR of each CAS's changed bits; storing 'desired' would leave 0x1");
        assertEquals(128 * 32 - 64, model().stateAt(3).avail(0), "avail follows the deltas, not the reported values");
    }

    @Test
    void aRaceWithoutAnotherThreadsWriteOfTheWitnessedValueHasNoCulprit() throws Exception {
        add(0, EventKind.CAS, 0, 0x0, 0x1, 0x0, 1); // thread 0's own write of 0x1
        add(1, EventKind.CAS, 0, 0x1, 0x3, 0x1, 1); // another thread's write, but of 0x3
        add(0, EventKind.CAS, 0, 0x0, 0x4, 0x1, 0); // witnessed 0x1: only thread 0 itself wrote that
        add(1, EventKind.CAS, 1, 0x0, 0x1, 0x8, 0); // word 1 was never written
        add(0, EventKind.CAS, 0, 0x3, 0x7, 0x3, 1);
        add(1, EventKind.CAS, 0, 0x1, 0x5, 0x7, 0); // witnessed 0x7, written by thread 0 just before
        ReplayModel model = model();

        assertEquals(3, model.races().size());
        assertFalse(model.races().get(0).culpritFound());
        assertEquals(-1, model.races().get(0).culpritThread());
        assertEquals(CulpritOrder.NOT_FOUND, model.races().get(0).culpritOrder());
        assertFalse(model.races().get(1).culpritFound());
        Race third = model.races().get(2);
        assertTrue(third.culpritFound());
        assertEquals(CulpritOrder.BEFORE, third.culpritOrder());
        assertEquals(4, third.culpritSeq());
        assertEquals(0, third.culpritThread());
        assertEquals(third, model.races().at(5).orElseThrow());
        assertTrue(model.races().at(4).isEmpty());
        assertEquals(2, model.races().firstAtOrAfter(4));
    }

    @Test
    void aCulpritNumberedAfterTheFailedCasIsFoundAndMarkedAsAfter() throws Exception {
        // in hardware thread 1 set bit 1, then thread 0's CAS failed on it and its retry set bit 0;
        // thread 1 was delayed between its CAS and its probe call, so its CAS was numbered last
        add(0, EventKind.CAS, 0, 0x0, 0x1, 0x2, 0);
        add(0, EventKind.CAS, 0, 0x2, 0x3, 0x2, 1);
        add(1, EventKind.CAS, 0, 0x0, 0x2, 0x0, 1);
        ReplayModel model = model();

        Race race = model.races().get(0);
        assertEquals(new Race(0, 0, 0, 0, 0x0, 0x2, 2, 1), race);
        assertEquals(CulpritOrder.AFTER_BY_SEQ, race.culpritOrder());
        assertEquals(0x3, model.stateAt(2).word(0, 0));
    }

    @Test
    void aCulpritIsLookedForAfterTheRaceOnlyInTheNextWritesOfItsWordByOtherThreads() throws Exception {
        add(0, EventKind.CAS, 0, 0x0, 0x1, 0x2, 0); // thread 0 fails on word 0, witnessing 0x2
        add(0, EventKind.CAS, 1, 0x0, 0x1, 0x2, 0); // and on word 1, witnessing 0x2 too
        add(0, EventKind.CAS, 1, 0x0, 0x2, 0x0, 1); // its own write of 0x2 is no culprit,
        for (int own = 0; own < 2 * PendingRaces.WRITES; own++) { // and its own writes use up no window
            add(0, EventKind.WORD_STORE, 1, 0x0, 0x100L << own);
        }
        add(1, EventKind.WORD_STORE, 0, 0x0, 0x4L); // thread 1 writes word 0 once more than word 1
        for (int write = 1; write < PendingRaces.WRITES; write++) {
            add(1, EventKind.WORD_STORE, 0, 0x0, 0x4L << write);
            add(1, EventKind.WORD_STORE, 1, 0x0, 0x4L << write);
        }
        add(1, EventKind.CAS, 0, 0x0, 0x2, 0x0, 1); // one write past the window of the race on word 0
        add(1, EventKind.CAS, 1, 0x0, 0x2, 0x0, 1); // the last write in the window of the race on word 1
        ReplayModel model = model();

        Race onWord0 = model.races().get(0);
        assertEquals(CulpritOrder.NOT_FOUND, onWord0.culpritOrder());
        assertEquals(-1, onWord0.culpritSeq());
        assertEquals(-1, onWord0.culpritThread());
        Race onWord1 = model.races().get(1);
        assertEquals(CulpritOrder.AFTER_BY_SEQ, onWord1.culpritOrder());
        assertEquals(events.size() - 1, onWord1.culpritSeq());
        assertEquals(1, onWord1.culpritThread());
    }

    @Test
    void aCulpritNumberedBeforeTheRaceIsPreferredToOneNumberedAfter() throws Exception {
        add(1, EventKind.CAS, 0, 0x0, 0x2, 0x0, 1); // thread 1 leaves 0x2
        add(0, EventKind.CAS, 0, 0x0, 0x1, 0x2, 0); // thread 0 fails, witnessing 0x2
        add(1, EventKind.CAS, 0, 0x2, 0x0, 0x2, 1);
        add(1, EventKind.CAS, 0, 0x0, 0x2, 0x0, 1); // thread 1 leaves 0x2 again, numbered after the race
        ReplayModel model = model();

        Race race = model.races().get(0);
        assertEquals(0, race.culpritSeq());
        assertEquals(CulpritOrder.BEFORE, race.culpritOrder());
    }

    @Test
    void anEventNamingAThreadTheHeaderLacksIsRefused() {
        add(2, EventKind.CAS, 0, 0, 1, 0, 1);
        IOException refused = assertThrows(IOException.class, this::model);
        assertEquals("trace event #0 (CAS) names thread 2 but the trace header has 2 threads", refused.getMessage());
    }

    @Test
    void aCasOnAWordPastTheBitmapIsRefused() {
        add(0, EventKind.CAS, 0, 0, 1, 0, 1);
        add(0, EventKind.CAS, 2, 0, 1, 0, 1);
        IOException refused = assertThrows(IOException.class, this::model);
        assertEquals("trace event #1 (CAS) names word 2 but chunk 0 has 2 bitmap words", refused.getMessage());
    }

    @Test
    void aChunkEventWithoutAChunkIsRefused() {
        events.add(new Event(0, 0, 0, -1, EventKind.AVAIL_CHANGE, -32, 0, 0, 0, 0));
        IOException refused = assertThrows(IOException.class, this::model);
        assertEquals("trace event #0 (AVAIL_CHANGE) names chunk -1 but the trace header has 1 chunks",
                refused.getMessage());
    }

    @Test
    void aReadErrorOfTheTraceReachesTheCallerAsItIs() {
        IOException damage = new IOException("trace.pst: block 7 at offset 4096: checksum mismatch");
        Trace damaged = new Trace() {
            @Override
            public TraceHeader header() {
                return HEADER;
            }

            @Override
            public long eventCount() {
                return 10;
            }

            @Override
            public long lastSeq() {
                return 9;
            }

            @Override
            public EventCursor from(long fromSeq) {
                return new EventCursor() {
                    private long seq = fromSeq;

                    @Override
                    public Event next() throws IOException {
                        if (seq == 3) {
                            throw damage;
                        }
                        return new Event(seq++, 0, 0, 0, EventKind.WORD_READ, 0, 0, 0, 0, 0);
                    }

                    @Override
                    public void close() {
                    }
                };
            }

            @Override
            public void close() {
            }
        };
        assertSame(damage, assertThrows(IOException.class, () -> ReplayModel.open(damaged)));
    }
}
