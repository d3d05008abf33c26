package dev.poolscope.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Events no shipped scenario makes: a double free's partial clear and restore, a skipped chunk, a race with no culprit. */
class HandMadeExplanationsTest {

    /** One chunk of 128 units of 32 bytes at 0x1000, two threads. */
    private static final TraceHeader HEADER = new TraceHeader(5, "mainline", "first_fit",
            List.of(new ChunkGeometry(0, 0x1000, 0, 128 * 32)), 2, "hand-made", 0);
    private static final Set<EventKind> POOL_WIDE = Set.of(EventKind.ALLOC_BEGIN, EventKind.ALLOC_END,
            EventKind.FREE_BEGIN, EventKind.FREE_END);

    private final List<Event> events = new ArrayList<>();

    private void add(int thread, EventKind kind, long... payload) {
        long[] p = Arrays.copyOf(payload, EventKind.MAX_FIELDS);
        int chunk = POOL_WIDE.contains(kind) ? -1 : 0;
        events.add(new Event(events.size(), thread, events.size(), chunk, kind, p[0], p[1], p[2], p[3], p[4]));
    }

    @Test
    void aDoubleFreeAndAnUnexplainedRace() throws Exception {
        add(0, EventKind.ALLOC_BEGIN, 2048, 64);
        add(0, EventKind.AVAIL_READ, 4096);
        add(0, EventKind.SEARCH, 0, 64, 0);
        add(0, EventKind.CAS, 0, 0, -1, 0, 1);
        add(0, EventKind.AVAIL_CHANGE, -2048, 2048);
        add(0, EventKind.ALLOC_END, 2048, 0x1000);
        add(0, EventKind.FREE_BEGIN, 0x1000, 72 * 32); // 8 bits more than it allocated
        add(0, EventKind.CAS, 0, -1, 0, -1, 1);
        add(0, EventKind.PARTIAL_CLEAR, 0, 72, 8);     // seq 8
        add(0, EventKind.RESTORE, 0, 64);
        add(0, EventKind.CAS, 0, 0, -1, 0, 1);         // seq 10: sets word 0 back
        add(1, EventKind.ALLOC_BEGIN, 4096, 128);
        add(1, EventKind.AVAIL_READ, 2048);            // seq 12
        add(1, EventKind.CAS, 1, 0, 0xf0, 0x8, 0);     // seq 13: no one ever wrote word 1
        ReplayModel model = ReplayModel.open(new MemoryTrace(HEADER, events));
        PseudoCode code = PseudoCode.forVariant("mainline");

        EventContext partial = EventContext.at(model, 8);
        assertEquals("T0's free of bits 0..71 lost on word 1: 8 of 72 bits were already clear (a double free?)",
                EventNarrative.of(partial));
        assertEquals(code.lineOf(Statement.PARTIAL_CLEAR).orElseThrow(), code.currentLines(partial).get(0).line());
        EventContext restore = EventContext.at(model, 9);
        assertEquals("T0 sets bits 0..63 back, which it had cleared", EventNarrative.of(restore));
        assertEquals(code.lineOf(Statement.RESTORE).orElseThrow(), code.currentLines(restore).get(0).line());
        EventContext setBack = EventContext.at(model, 10);
        assertEquals(code.lineOf(Statement.SET_CAS).orElseThrow(), code.currentLines(setBack).get(0).line(),
                "a restore sets bits: set_bits");
        assertEquals(-1L, WordDiff.of(setBack).orElseThrow().changed());

        assertEquals("T1 reads chunk 0's avail: 2 KiB free, less than 4 KiB, so it skips the chunk",
                EventNarrative.of(EventContext.at(model, 12)));
        assertEquals("T1 CAS on word 1 of chunk 0: expected 0x0000, found 0x0008, failed: bit 67 changed, but no"
                + " write by another thread in the trace explains it; none of its bits is affected, so it tries"
                + " again with 0x0008", EventNarrative.of(EventContext.at(model, 13)));
    }

    @Test
    void numbersReadAsTheUserExpects() {
        assertEquals("0x00ff", Numbers.word(0xff));
        assertEquals("0x0000fff0", Numbers.hex(0xfff0, Numbers.digitsFor(0xfff0, 0x1_0000)));
        assertEquals("4,211", Numbers.count(4211));
        assertEquals("bits 0..3, 8..11", BitRanges.of(0, 0xf0f));
        assertEquals("bit 127", BitRanges.of(1, 1L << 63));
        assertEquals("bits 64..127", BitRanges.of(1, -1L));
    }
}
