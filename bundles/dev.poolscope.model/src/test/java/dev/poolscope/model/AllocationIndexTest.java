package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The owners of set bits on a hand-made trace: a two-word set, a free whose bits are taken again before it ends, a double free. */
class AllocationIndexTest {

    /** One chunk of 256 units of 32 bytes at 0x1000, two threads. */
    private static final TraceHeader HEADER = new TraceHeader(5, "mainline", "first_fit",
            List.of(new ChunkGeometry(0, 0x1000, 0, 256 * 32)), 2, "hand-made", 0);
    private static final Set<EventKind> POOL_WIDE = Set.of(EventKind.ALLOC_BEGIN, EventKind.ALLOC_END,
            EventKind.FREE_BEGIN, EventKind.FREE_END);

    private final List<Event> events = new ArrayList<>();

    /** Adds an event and returns its sequence number. */
    private long add(int thread, EventKind kind, long... payload) {
        long[] p = Arrays.copyOf(payload, EventKind.MAX_FIELDS);
        int chunk = POOL_WIDE.contains(kind) ? -1 : 0;
        events.add(new Event(events.size(), thread, events.size(), chunk, kind, p[0], p[1], p[2], p[3], p[4]));
        return events.size() - 1;
    }

    @Test
    void aSetBitIsOwnedByTheLatestLiveAllocationCoveringIt() throws Exception {
        add(0, EventKind.ALLOC_BEGIN, 2048, 64);
        add(0, EventKind.SEARCH, 0, 64, 32);                         // bits 32..95: words 0 and 1
        long firstWord = add(0, EventKind.CAS, 0, 0, 0xffffffffL << 32, 0, 1);
        long lastWord = add(0, EventKind.CAS, 1, 0, 0xffffffffL, 0, 1);
        add(0, EventKind.AVAIL_CHANGE, -2048, 6144);
        long allocEnd = add(0, EventKind.ALLOC_END, 2048, 0x1000 + 32 * 32);
        add(0, EventKind.FREE_BEGIN, 0x1400, 2048);
        add(0, EventKind.CAS, 0, 0xffffffffL << 32, 0, 0xffffffffL << 32, 1);
        // T1 takes bits 32..35 as soon as T0 has cleared word 0, before T0's free ends
        add(1, EventKind.ALLOC_BEGIN, 128, 4);
        add(1, EventKind.SEARCH, 0, 4, 32);
        long t1Set = add(1, EventKind.CAS, 0, 0, 0xfL << 32, 0, 1);
        add(0, EventKind.CAS, 1, 0xffffffffL, 0, 0xffffffffL, 1);
        long freeEnd = add(0, EventKind.FREE_END, 0x1400, 2048);
        add(1, EventKind.ALLOC_END, 128, 0x1400);
        // a double free of T0's old address: it clears nothing of its own, restores and never ends
        add(0, EventKind.FREE_BEGIN, 0x1400, 128);
        add(0, EventKind.PARTIAL_CLEAR, 32, 4, 4);
        add(0, EventKind.ALLOC_BEGIN, 32, 1);
        add(0, EventKind.SEARCH, 0, 1, 36);
        long last = add(0, EventKind.CAS, 0, 0xfL << 32, 0x1fL << 32, 0xfL << 32, 1);
        AllocationIndex allocations = ReplayModel.open(new MemoryTrace(HEADER, events)).allocations();

        assertEquals(3, allocations.size());
        AllocationSpan t0 = new AllocationSpan(0, 2048, 0, 32, 64, 0x1400, lastWord, freeEnd);
        AllocationSpan t1 = new AllocationSpan(1, 128, 0, 32, 4, 0x1400, t1Set, -1);
        assertEquals(t0, allocations.get(0));
        assertEquals(t1, allocations.get(1));
        assertEquals(new AllocationSpan(0, 32, 0, 36, 1, 0x1000 + 36 * 32, last, -1), allocations.get(2));

        assertEquals(Optional.empty(), allocations.ownerOf(0, 40, firstWord), "half-done: not allocated yet");
        assertEquals(Optional.of(t0), allocations.ownerOf(0, 40, lastWord), "allocated at the write of its last word");
        assertEquals(Optional.of(t0), allocations.ownerOf(0, 95, allocEnd));
        assertEquals(Optional.empty(), allocations.ownerOf(0, 96, allocEnd), "past its last bit");
        assertEquals(Optional.of(t1), allocations.ownerOf(0, 33, t1Set), "T1 set bit 33 after T0 cleared it");
        assertEquals(Optional.of(t0), allocations.ownerOf(0, 40, t1Set), "T0's free has not ended");
        assertEquals(Optional.empty(), allocations.ownerOf(0, 40, freeEnd), "freed");
        assertEquals(List.of(t0, t1), allocations.liveAt(t1Set));
        assertEquals(List.of(t1), allocations.liveAt(freeEnd));
        assertEquals(Optional.of(t1), allocations.ownerOf(0, 33, last), "a free that never ended frees nothing");
        assertTrue(allocations.liveAt(firstWord).isEmpty());
    }
}
