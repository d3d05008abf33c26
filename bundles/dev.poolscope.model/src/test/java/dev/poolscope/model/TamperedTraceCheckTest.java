package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The check on traces crafted event by event: what a trace holds decides whether it can pass (no
 * events, or an operation without its end, fails), and every event is held against the pool.
 */
class TamperedTraceCheckTest {

    /** One chunk of 128 units of 32 bytes (two bitmap words) at 0x1000, two threads. */
    private static final TraceHeader HEADER = new TraceHeader(5, "mainline", "first_fit",
            List.of(new ChunkGeometry(0, 0x1000, 0, 128 * 32)), 2, "hand-made", 0);

    private final List<Event> events = new ArrayList<>();

    private void add(int thread, EventKind kind, long... payload) {
        long[] p = Arrays.copyOf(payload, EventKind.MAX_FIELDS);
        boolean inChunk = !List.of(EventKind.ALLOC_BEGIN, EventKind.ALLOC_END, EventKind.FREE_BEGIN, EventKind.FREE_END)
                .contains(kind);
        events.add(new Event(events.size(), thread, events.size(), inChunk ? 0 : -1, kind, p[0], p[1], p[2], p[3], p[4]));
    }

    /** Thread {@code thread} allocates 32 bytes at bit {@code bit} (word 0) and returns the address. */
    private long alloc(int thread, int bit, long wordBefore) {
        add(thread, EventKind.ALLOC_BEGIN, 32, 1);
        add(thread, EventKind.CAS, 0, wordBefore, wordBefore | 1L << bit, wordBefore, 1);
        add(thread, EventKind.AVAIL_CHANGE, -32, 128 * 32 - 32L * Long.bitCount(wordBefore | 1L << bit));
        add(thread, EventKind.ALLOC_END, 32, 0x1000 + 32L * bit);
        return 0x1000 + 32L * bit;
    }

    private TraceCheck.CheckResult check() throws IOException {
        MemoryTrace trace = new MemoryTrace(HEADER, events);
        return TraceCheck.run(trace, ReplayModel.open(trace), true);
    }

    @Test
    void aWholeHandMadeRunPasses() throws IOException {
        alloc(0, 0, 0);
        alloc(1, 1, 1);
        TraceCheck.CheckResult result = check();
        assertTrue(result.passed(), result.violations().toString());
    }

    @Test
    void anAllocationEndingAtTheTopOfTheAddressSpaceIsLiveUntilFreed() throws IOException {
        TraceHeader top = new TraceHeader(5, "mainline", "first_fit", List.of(new ChunkGeometry(0, -4096, 0, 4096)), 1, "top", 0);
        long last = -32;
        add(0, EventKind.ALLOC_BEGIN, 32, 1);
        add(0, EventKind.CAS, 1, 0, 1L << 63, 0, 1);
        add(0, EventKind.AVAIL_CHANGE, -32, 4096 - 32);
        add(0, EventKind.ALLOC_END, 32, last);
        add(0, EventKind.FREE_BEGIN, last, 32);
        add(0, EventKind.CAS, 1, 1L << 63, 0, 1L << 63, 1);
        add(0, EventKind.AVAIL_CHANGE, 32, 4096);
        add(0, EventKind.FREE_END, last, 32);
        MemoryTrace trace = new MemoryTrace(top, events);
        TraceCheck.CheckResult result = TraceCheck.run(trace, ReplayModel.open(trace), true);
        assertTrue(result.passed(), result.violations().toString());
    }

    @Test
    void aTraceWithoutEventsFails() throws IOException {
        TraceCheck.CheckResult result = check();
        assertFalse(result.passed());
        assertEquals(List.of("the trace holds no events: there is no run to check"), result.violations());
    }

    @Test
    void aTraceThatEndsInsideAnOperationFailsAndSaysWhich() throws IOException {
        alloc(0, 0, 0);
        add(1, EventKind.ALLOC_BEGIN, 64, 2);
        add(1, EventKind.SEARCH, 0, 2, 1);
        TraceCheck.CheckResult result = check();
        assertEquals(List.of("at the end: the trace ends inside T1's alloc of 64 bytes (begun at event #4): its end is missing"),
                result.violations());
    }

    @Test
    void anAllocationOutsideEveryChunkIsNamedWithItsSeq() throws IOException {
        alloc(0, 0, 0);
        add(1, EventKind.ALLOC_BEGIN, 32, 1);
        add(1, EventKind.ALLOC_END, 32, 0x90000);
        TraceCheck.CheckResult result = check();
        assertTrue(result.violations().get(0).startsWith("event #5 "), result.violations().toString());
        assertTrue(result.violations().get(0).endsWith("allocation 0x90000 is in no chunk of the pool"), result.violations().toString());
    }

    @Test
    void anAllocationPastTheChunkEndOrOffItsUnitsIsCaught() throws IOException {
        add(0, EventKind.ALLOC_BEGIN, 64, 2);
        add(0, EventKind.ALLOC_END, 64, 0x1000 + 127 * 32);
        add(1, EventKind.ALLOC_BEGIN, 32, 1);
        add(1, EventKind.ALLOC_END, 32, 0x1010);
        List<String> violations = check().violations();
        assertTrue(violations.get(0).startsWith("event #1 ") && violations.get(0).endsWith(
                "allocation 0x1fe0 of 64 bytes runs past the end of chunk 0"), violations.toString());
        assertTrue(violations.get(1).startsWith("event #3 ") && violations.get(1).endsWith(
                "allocation 0x1010 is not at a 32-byte unit of chunk 0"), violations.toString());
    }

    @Test
    void bitRangesSizesAvailsFlagsAndLocksAreHeldAgainstThePool() throws IOException {
        add(0, EventKind.ALLOC_BEGIN, 64, 1);
        add(0, EventKind.PARTIAL_SET, 120, 10, 2);
        add(0, EventKind.AVAIL_CHANGE, -32, 128 * 32 + 1);
        add(0, EventKind.AVAIL_READ, -2 * 128 * 32 - 1);
        add(0, EventKind.CAS, 1, 0, 1, 0, 7);
        add(0, EventKind.LOCK_REQUEST, 9);
        List<String> violations = check().violations();
        assertTrue(violations.get(0).endsWith("says 1 bits for 64 bytes; at min order 5 that is 2 bits"), violations.toString());
        assertTrue(violations.get(1).endsWith("names bits 120 +10, outside chunk 0's 128 bits"), violations.toString());
        assertTrue(violations.get(2).endsWith("says avail 4097, outside chunk 0's -8192..4096 bytes for 2 threads"), violations.toString());
        assertTrue(violations.get(3).endsWith("says avail -8193, outside chunk 0's -8192..4096 bytes for 2 threads"), violations.toString());
        assertTrue(violations.get(4).endsWith("has success 7; it is 0 or 1"), violations.toString());
        assertTrue(violations.get(5).endsWith("names lock kind 9; there are 3"), violations.toString());
    }

    @Test
    void endsMustMatchTheirBegins() throws IOException {
        long address = alloc(0, 0, 0);
        add(1, EventKind.ALLOC_END, 32, 0x1020);
        add(0, EventKind.FREE_BEGIN, address, 32);
        add(0, EventKind.CAS, 0, 1, 0, 1, 1);
        add(0, EventKind.AVAIL_CHANGE, 32, 128 * 32);
        add(0, EventKind.FREE_END, address + 32, 32);
        List<String> violations = check().violations();
        assertTrue(violations.get(0).startsWith("event #4 ") && violations.get(0).endsWith(
                "ends an alloc that T1 did not begin"), violations.toString());
        assertTrue(violations.get(1).startsWith("event #8 ") && violations.get(1).endsWith(
                "ends T0's free of event #5 with address 0x1020 instead of 0x1000"), violations.toString());
    }
}
