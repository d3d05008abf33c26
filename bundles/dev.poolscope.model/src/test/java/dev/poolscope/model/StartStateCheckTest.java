package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.explain.EventContext;
import dev.poolscope.model.explain.EventNarrative;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.StartState;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.UnitRuns;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The check against a start state, on traces written event by event: frees of start units pass, overlaps fail. */
class StartStateCheckTest {

    /** One chunk of 128 units of 32 bytes at 0x1000, units 0..3 set at the start. */
    private static final TraceHeader HEADER = new TraceHeader(5, "mainline", "first_fit",
            List.of(new ChunkGeometry(0, 0x1000, 0, 128 * 32)), 1, "hand-made", 0,
            StartState.of(List.of(UnitRuns.of(0, 4))), List.of("caller"));

    private final List<Event> events = new ArrayList<>();

    private void add(EventKind kind, long... payload) {
        long[] p = Arrays.copyOf(payload, EventKind.MAX_FIELDS);
        int chunk = switch (kind) {
            case ALLOC_BEGIN, ALLOC_END, FREE_BEGIN, FREE_END, LABEL -> -1;
            default -> 0;
        };
        events.add(new Event(events.size(), 0, events.size(), chunk, kind, p[0], p[1], p[2], p[3], p[4]));
    }

    private TraceCheck.CheckResult check() throws IOException {
        MemoryTrace trace = new MemoryTrace(HEADER, events);
        return TraceCheck.run(trace, ReplayModel.open(trace), true);
    }

    @Test
    void aFreeOfOneUnitInsideTheStartRunIsValidAndTheRestStaysHeld() throws IOException {
        add(EventKind.FREE_BEGIN, 0x1020, 32);
        add(EventKind.LABEL, 0);
        add(EventKind.CAS, 0, 0xF, 0xD, 0xF, 1);
        add(EventKind.AVAIL_CHANGE, 32, 128 * 32 - 96);
        add(EventKind.FREE_END, 0x1020, 32);
        assertEquals(List.of(), check().violations());
        ReplayModel model = ReplayModel.open(new MemoryTrace(HEADER, events));
        assertEquals(128 * 32 - 128, model.stateAt(-1).avail(0), "avail at event -1: size less the start units");
        assertEquals(0xF, model.stateAt(-1).word(0, 0));
        List<AllocationSpan> after = model.allocations().liveAt(4);
        assertEquals(List.of(0L, 2L), after.stream().map(AllocationSpan::startBit).toList(), "units 0 and 2..3 held on");
        assertTrue(after.stream().allMatch(AllocationSpan::heldSinceStart));
        assertEquals("T0's free is called by caller", EventNarrative.of(EventContext.at(model, 1)));
        ThreadPosition begun = model.stateAt(0).thread(0);
        ThreadPosition labelled = model.stateAt(1).thread(0);
        assertEquals(List.of(begun.step(), begun.operation(), begun.operationSeq(), 1L),
                List.of(labelled.step(), labelled.operation(), labelled.operationSeq(), labelled.lastSeq()),
                "a label moves its thread to no other step");
    }

    @Test
    void anAllocationOverlappingTheStartStateIsAViolation() throws IOException {
        add(EventKind.ALLOC_BEGIN, 64, 2);
        add(EventKind.ALLOC_END, 64, 0x1040);
        List<String> violations = check().violations();
        assertTrue(violations.stream().anyMatch(v -> v.contains(
                "allocation 0x1040 overlaps the units set at the start (held since before the trace) at 0x1000")),
                violations.toString());
    }

    @Test
    void aFreePastTheStartRunAndALabelOutsideAnOperationAreViolations() throws IOException {
        add(EventKind.LABEL, 0);
        add(EventKind.FREE_BEGIN, 0x1040, 96);
        add(EventKind.FREE_END, 0x1040, 96);
        List<String> violations = check().violations();
        assertTrue(violations.get(0).contains("labels no operation: T0 is between operations"), violations.toString());
        assertTrue(violations.get(1).contains("free of 96 bytes at 0x1040 runs past the units set at the start at 0x1000"
                + " (128 bytes)"), violations.toString());
    }

    @Test
    void aLabelOutsideTheHeadersTableIsRefusedByTheModelAndTheCheck() throws IOException {
        add(EventKind.ALLOC_BEGIN, 64, 2);
        add(EventKind.LABEL, 5);
        MemoryTrace trace = new MemoryTrace(HEADER, events);
        IOException refused = assertThrows(IOException.class, () -> ReplayModel.open(trace));
        assertEquals("trace event #1 (LABEL) names label 5 but the trace header has 1 labels", refused.getMessage());
        events.remove(1);
        ReplayModel model = ReplayModel.open(new MemoryTrace(HEADER, events));
        add(EventKind.LABEL, 5);
        List<String> violations = TraceCheck.run(new MemoryTrace(HEADER, events), model, false).violations();
        assertTrue(violations.get(0).endsWith("names label 5 but the trace header has 1 labels"), violations.toString());
    }
}
