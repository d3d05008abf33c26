package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.testkit.PrefilledRun;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.UnitRuns;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * A version 2 trace recorded from a pool that held allocations when the recording started: the
 * replay starts from the header's start state and lands on the live pool's state after every
 * operation, the check passes it, and the allocation index holds the start runs and the labels.
 */
class StartStateReplayTest {

    private static final List<String> CALLERS = List.of("dma_direct_alloc+0x1a/0x40", "gpwork_run+0x127/0x1000",
            "atomic_pool_expand+0x22/0x300");

    private static final PrefilledRun RUN = PrefilledRun.record(11, 120, 400, CALLERS);

    @Test
    void theReplayEqualsTheLivePoolAfterEveryOperationAndAtEveryCheckpoint() throws Exception {
        TraceHeader header = RUN.trace().header();
        assertTrue(header.start().units() > 0 && RUN.trace().events().stream().anyMatch(e -> e.kind() == EventKind.LABEL));
        ReplayModel model = ReplayModel.open(RUN.trace(), 97);
        assertTrue(model.checkpointCount() > 20);
        for (PrefilledRun.QuietState state : RUN.states()) {
            assertEquals(state.words(), words(model.stateAt(state.seq())), "after event " + state.seq());
        }
        BitmapReplay plain = new BitmapReplay(header);
        for (int chunk = 0; chunk < header.chunks().size(); chunk++) {
            header.start().chunk(chunk).setInto(plain.words(chunk));
        }
        long next = 0;
        for (Event event : RUN.trace().events()) {
            plain.applyChecked(event);
            if (event.seq() == next) { // events 0, 97, 194, ...: one in each interval between two checkpoints
                Map<Integer, List<Long>> expected = new TreeMap<>();
                for (int chunk = 0; chunk < header.chunks().size(); chunk++) {
                    expected.put(chunk, Arrays.stream(plain.words(chunk)).boxed().toList());
                }
                assertEquals(expected, words(model.stateAt(event.seq())), "at event " + event.seq());
                next += 97;
            }
        }
    }

    @Test
    void availBeforeTheFirstEventIsTheSizeLessTheStartStateAndEndsAsTheLivePools() throws Exception {
        TraceHeader header = RUN.trace().header();
        ReplayModel model = ReplayModel.open(RUN.trace());
        PoolState before = model.stateAt(-1);
        PoolState last = model.stateAt(model.lastSeq());
        for (Chunk chunk : RUN.pool().chunks()) {
            long startUnits = header.start().chunk(chunk.id()).units();
            assertEquals(chunk.size() - (startUnits << 5), before.avail(chunk.id()));
            assertEquals(chunk.avail(), last.avail(chunk.id()));
        }
        assertEquals(BitmapReplay.words(RUN.pool()), words(last));
    }

    @Test
    void theCheckPassesATraceThatFreesUnitsSetAtTheStart() throws Exception {
        ReplayModel model = ReplayModel.open(RUN.trace());
        TraceCheck.CheckResult result = TraceCheck.run(RUN.trace(), model, true);
        assertEquals(List.of(), result.violations());
        long startFrees = model.allocations().liveAt(-1).stream().filter(span -> span.freeSeq() >= 0).count();
        assertTrue(startFrees > 0, "the run freed some of the memory it found allocated");
    }

    @Test
    void theStartRunsAreAllocationsHeldSinceBeforeTheTraceAndEveryAllocationHasItsLabel() throws Exception {
        TraceHeader header = RUN.trace().header();
        ReplayModel model = ReplayModel.open(RUN.trace());
        List<AllocationSpan> atStart = model.allocations().liveAt(-1);
        int runs = 0;
        for (int chunk = 0; chunk < header.chunks().size(); chunk++) {
            UnitRuns chunkRuns = header.start().chunk(chunk);
            for (int run = 0; run < chunkRuns.count(); run++) {
                AllocationSpan span = atStart.get(runs++);
                assertEquals(chunk, span.chunk());
                assertEquals(chunkRuns.start(run), span.startBit());
                assertEquals(chunkRuns.length(run), span.nbits());
                assertTrue(span.heldSinceStart() && span.thread() == -1 && span.setSeq() == -1 && span.label() == -1);
            }
        }
        assertEquals(runs, atStart.size(), "one allocation per start run");
        // each alloc's LABEL follows its ALLOC_BEGIN: the label of the last begin before the set
        int labelled = 0;
        for (int i = 0; i < model.allocations().size(); i++) {
            AllocationSpan span = model.allocations().get(i);
            if (!span.heldSinceStart()) {
                assertEquals(labelOfAllocBefore(span.setSeq()), span.label(), span.toString());
                labelled++;
            }
        }
        assertTrue(labelled > 50, labelled + " allocations");
    }

    private static int labelOfAllocBefore(long seq) {
        int label = -1;
        boolean inAlloc = false;
        for (Event event : RUN.trace().events()) {
            if (event.seq() > seq) {
                break;
            }
            if (event.kind() == EventKind.ALLOC_BEGIN || event.kind() == EventKind.FREE_BEGIN) {
                inAlloc = event.kind() == EventKind.ALLOC_BEGIN;
            } else if (event.kind() == EventKind.LABEL && inAlloc) {
                label = (int) event.p0();
            }
        }
        return label;
    }

    static Map<Integer, List<Long>> words(PoolState state) {
        Map<Integer, List<Long>> words = new TreeMap<>();
        for (int chunk = 0; chunk < state.chunkCount(); chunk++) {
            words.put(chunk, Arrays.stream(state.words(chunk)).boxed().toList());
        }
        return words;
    }
}
