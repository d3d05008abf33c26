package dev.poolscope.trace.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkloadProgramTest {

    /** Runs thread {@code thread}'s program alone on a fresh pool and lists what it did. */
    private static List<OpResult> runAlone(Workload workload, int thread) {
        GenPool pool = workload.pool().create(Probe.NONE);
        ThreadWork work = new ThreadWork(workload.program(thread), pool);
        List<OpResult> results = new ArrayList<>();
        for (OpResult r = work.performNext(); r != null; r = work.performNext()) {
            results.add(r);
        }
        return results;
    }

    @Test
    void theSameSeedAndThreadGiveTheSameOperations() {
        Workload workload = Workload.parse("ops=3000 seed=11");
        assertEquals(runAlone(workload, 2), runAlone(workload, 2));
        assertNotEquals(runAlone(workload, 2), runAlone(workload, 3), "threads draw from their own streams");
        assertNotEquals(runAlone(workload, 2), runAlone(workload.withSeed(12), 2));
    }

    @Test
    void aStandardThreadAllocatesBelowItsTargetAndFreesAtOrAboveItWithTheOriginalSize() {
        Workload workload = Workload.parse("threads=4 ops=20000 seed=5");
        long target = workload.targetBytesPerThread();
        assertEquals((2L << 20) / 4, target);
        WorkloadProgram program = (WorkloadProgram) workload.program(0);
        GenPool pool = workload.pool().create(Probe.NONE);
        Map<Long, Long> live = new HashMap<>();
        long ops = 0;
        long maxLive = 0;
        for (boolean more = true; more; ) {
            long before = program.liveBytes();
            PlannedOperation op = program.next();
            more = op != null;
            if (more) {
                ops++;
                if (op instanceof PlannedOperation.Alloc alloc) {
                    assertTrue(before < target, "allocates only below the target");
                    assertTrue(alloc.size() >= 32 && alloc.size() <= 2048, "uniform 32..2048: " + alloc.size());
                    long address = op.applyTo(pool);
                    program.allocated(alloc, address);
                    live.put(address, alloc.size());
                } else {
                    PlannedOperation.Free free = (PlannedOperation.Free) op;
                    assertTrue(before >= target, "frees only at or above the target");
                    assertEquals(live.remove(free.address()), free.size(), "a live block, with its original size");
                    op.applyTo(pool);
                }
                long rounded = live.values().stream().mapToLong(s -> (s + 31) & -32).sum();
                assertEquals(rounded, program.liveBytes(), "live bytes are counted rounded to 32-byte units");
                maxLive = Math.max(maxLive, rounded);
            }
        }
        assertEquals(20000, ops);
        assertTrue(maxLive < target + 2048, "never more than one block over the target: " + maxLive);
        assertNull(program.next(), "the program stays ended");
    }

    @Test
    void anAllocShareBelowOneHundredPercentMixesFreesIn() {
        Workload workload = Workload.parse("ops=4000 mix=60/40 fill=1 seed=3");
        List<OpResult> results = runAlone(workload, 0);
        long frees = results.stream().filter(r -> r.operation() instanceof PlannedOperation.Free).count();
        assertTrue(frees > 1200 && frees < 2000, "about 40% frees while below the target: " + frees);
    }

    @Test
    void theOtherDistributionsDrawOnlyTheirSizes() {
        for (OpResult r : runAlone(Workload.parse("ops=500 sizes=pow2:64..1024"), 0)) {
            long size = r.operation() instanceof PlannedOperation.Alloc a ? a.size() : 64;
            assertTrue(Long.bitCount(size) == 1 && size >= 64 && size <= 1024, "power of two: " + size);
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (OpResult r : runAlone(Workload.parse("ops=4000 fill=1 sizes=list:32*3,64"), 0)) {
            if (r.operation() instanceof PlannedOperation.Alloc a) {
                counts.merge(a.size(), 1, Integer::sum);
            }
        }
        assertEquals(2, counts.size(), counts.toString());
        assertTrue(counts.get(32L) > 2 * counts.get(64L), "weights 3:1: " + counts);
    }

    @Test
    void aScriptedProgramFreesItsOwnAllocationsByNumber() {
        ScriptedProgram program = new ScriptedProgram(List.of(ScriptedProgram.alloc(100), ScriptedProgram.alloc(200),
                ScriptedProgram.freeAllocation(1)));
        GenPool pool = Workload.standard().pool().create(Probe.NONE);
        ThreadWork work = new ThreadWork(program, pool);
        OpResult first = work.performNext();
        OpResult second = work.performNext();
        assertEquals(new OpResult(new PlannedOperation.Free(second.address(), 200), second.address()), work.performNext());
        assertNull(work.performNext());
        assertEquals(new ThreadStats(2, 0, 1), work.stats());
        assertEquals(first.address(), pool.chunks().get(0).start());
    }
}
