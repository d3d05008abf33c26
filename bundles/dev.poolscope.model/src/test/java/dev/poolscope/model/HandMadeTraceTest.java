package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.MemoryTrace;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Traces written event by event, for what real runs produce only by chance: reordered CASes, races without a culprit, bad events. */
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
        assertFalse(model.races().get(1).culpritFound());
        Race third = model.races().get(2);
        assertTrue(third.culpritFound());
        assertEquals(4, third.culpritSeq());
        assertEquals(0, third.culpritThread());
        assertEquals(third, model.races().at(5).orElseThrow());
        assertTrue(model.races().at(4).isEmpty());
        assertEquals(2, model.races().firstAtOrAfter(4));
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
