package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.Workload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A trace's operations as a log, checked against the trace's own events, single- and multi-threaded. */
class TraceOperationsTest {

    private static final Path SOURCE = Path.of("recorded.pst");

    private static Recorded recorded(int threads) throws Exception {
        Workload workload = Workload.parse("threads=" + threads + " ops=3000 fill=0.95 sizes=uniform:32..3000 "
                + "chunks=32KiB@0x10000000,16KiB@0x20000000 seed=" + (20 + threads));
        return Recorded.workload(workload, Schedule.random(workload.seed()));
    }

    @Test
    void aSingleThreadedTraceReplaysToTheAddressesItGot() throws Exception {
        Recorded run = recorded(1);
        AllocationLog log = TraceOperations.read(run.trace(), SOURCE);
        List<Long> traced = new ArrayList<>();
        for (Event event : run.events()) {
            if (event.kind() == EventKind.ALLOC_END) {
                traced.add(event.p1());
            }
        }
        ReplayResult replay = LogReplay.replay(log, TraceOperations.poolOf(run.trace().header()));
        assertEquals(traced.size(), log.allocs());
        assertTrue(traced.contains(0L), "the pool is small enough for some allocs to fail");
        for (int id = 1; id <= log.allocs(); id++) {
            assertEquals(traced.get(id - 1), replay.address(id), "alloc " + id);
        }
        assertEquals(SOURCE, log.source());
    }

    @Test
    void aMultiThreadedTraceGivesItsBeginsInSequenceOrderWithEachFreeNamingTheAllocOfItsAddress() throws Exception {
        Recorded run = recorded(4);
        AllocationLog log = TraceOperations.read(run.trace(), SOURCE);
        Map<Integer, Integer> beganBy = new HashMap<>();
        Map<Integer, Long> addressOf = new HashMap<>();
        List<Event> begins = new ArrayList<>();
        int allocs = 0;
        for (Event event : run.events()) {
            if (event.kind() == EventKind.ALLOC_BEGIN) {
                begins.add(event);
                beganBy.put(event.thread(), ++allocs);
            } else if (event.kind() == EventKind.ALLOC_END) {
                addressOf.put(beganBy.get(event.thread()), event.p1());
            } else if (event.kind() == EventKind.FREE_BEGIN) {
                begins.add(event);
            }
        }
        assertTrue(run.events().stream().map(Event::thread).distinct().count() > 1, "several threads ran");
        assertEquals(begins.size(), log.operations());
        int allocIndex = 0;
        for (int i = 0; i < log.operations(); i++) {
            Event begin = begins.get(i);
            assertEquals(begin.kind() == EventKind.ALLOC_BEGIN, log.isAlloc(i), "operation " + i);
            if (log.isAlloc(i)) {
                assertEquals(++allocIndex, log.id(i));
                assertEquals(begin.p0(), log.size(i));
            } else {
                assertEquals(begin.p0(), (long) addressOf.get(log.id(i)), "operation " + i + " frees its alloc's address");
            }
        }
    }

    @Test
    void aFailedAllocIsARowWithNoFree() throws Exception {
        Recorded run = recorded(1);
        AllocationLog log = TraceOperations.read(run.trace(), SOURCE);
        ReplayResult replay = LogReplay.replay(log, TraceOperations.poolOf(run.trace().header()));
        assertTrue(replay.failed() > 0);
        assertEquals(0, replay.freesSkipped(), "no free names a failed alloc");
    }

    @Test
    void theTracePoolIsItsOrderAndChunksInOrderOfAddition() throws Exception {
        PoolSpec pool = TraceOperations.poolOf(recorded(1).trace().header());
        assertEquals(5, pool.minAllocOrder());
        assertEquals(0x10000000L, pool.chunks().get(0).start());
        assertEquals(32 * 1024, pool.chunks().get(0).size());
        assertEquals(0x20000000L, pool.chunks().get(1).start());
    }

    @Test
    void aFreeOfAnAddressNoAllocGotNamesTheSourceAndTheEvent() throws Exception {
        MemoryTrace real = recorded(1).trace();
        MemoryTrace bad = new MemoryTrace(real.header(),
                List.of(new Event(0, 0, 0, 0, EventKind.FREE_BEGIN, 0x10000040L, 32, 0, 0, 0)));
        IOException e = assertThrows(IOException.class, () -> TraceOperations.read(bad, SOURCE));
        assertEquals("recorded.pst: event #0 (FREE_BEGIN): free of 0x10000040, which no alloc of the trace got", e.getMessage());
        assertFalse(TraceOperations.read(new MemoryTrace(real.header(), List.of()), SOURCE).operations() > 0);
    }
}
