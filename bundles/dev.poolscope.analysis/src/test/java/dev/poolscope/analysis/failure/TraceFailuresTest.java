package dev.poolscope.analysis.failure;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;
import static dev.poolscope.trace.workload.ScriptedProgram.freeAllocation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.PoolExtents;
import dev.poolscope.core.Algorithm;
import dev.poolscope.core.AlgorithmText;
import dev.poolscope.core.Variant;
import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.testkit.LostRace;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.scenario.EventMatch;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ScheduleScript;
import dev.poolscope.trace.sched.ScriptedSchedule;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.ScriptedProgram.Instruction;
import dev.poolscope.trace.workload.Workload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A trace's failed allocations: every one found, its begin state's numbers, and the reason the one rule gives. */
class TraceFailuresTest {

    private static TraceFailures failuresOf(MemoryTrace trace) {
        PoolExtents extents = new PoolExtents(trace.header().minAllocOrder(), trace.header().chunks(), new long[] {1});
        TraceFailures failures = new TraceFailures(trace.header(), extents);
        for (Event event : trace.events()) {
            extents.accept(event);
            failures.accept(event);
        }
        return failures;
    }

    /** F and L of the whole pool by a full scan at each thread's last ALLOC_BEGIN before each failed ALLOC_END, by its seq. */
    private static Map<Long, ExtentStats> scannedAtBegin(MemoryTrace trace) {
        BitmapReplay replay = new BitmapReplay(trace.header());
        Map<Integer, ExtentStats> atBegin = new HashMap<>();
        Map<Long, ExtentStats> byFailure = new HashMap<>();
        for (Event event : trace.events()) {
            replay.apply(event);
            if (event.kind() == EventKind.ALLOC_BEGIN) {
                List<ExtentStats> chunks = new ArrayList<>();
                for (ChunkGeometry chunk : trace.header().chunks()) {
                    chunks.add(ExtentStats.ofChunk(replay.words(chunk.id()), chunk.size() >>> trace.header().minAllocOrder()));
                }
                atBegin.put(event.thread(), ExtentStats.combine(chunks));
            } else if (event.kind() == EventKind.ALLOC_END && event.p1() == 0) {
                byFailure.put(event.seq(), atBegin.get(event.thread()));
            }
        }
        return byFailure;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"algo=first_fit", "algo=best_fit", "algo=first_fit_align:512", "algo=fixed:0",
        "algo=first_fit_order_align", "variant=v4-patch", "variant=pre-patch algo=first_fit_align:256"})
    void aSingleThreadNeverLosesARaceAndEveryFailureHasItsBeginNumbers(String pool) throws Exception {
        Workload workload = Workload.parse("threads=1 ops=3000 fill=1 sizes=uniform:32..6000 seed=3 "
                + "chunks=32KiB@0x10000000,16KiB@0x20000000 " + pool);
        MemoryTrace trace = Recorded.workload(workload, Schedule.roundRobin()).trace();
        List<FailedAlloc> failures = failuresOf(trace).failures();
        Map<Long, ExtentStats> scanned = scannedAtBegin(trace);
        assertEquals(scanned.size(), failures.size(), "one failure per ALLOC_END with address 0");
        assertTrue(failures.size() > 10, "a full pool fails often: " + failures.size());
        for (FailedAlloc failure : failures) {
            assertNotEquals(FailureReason.LOST_RACE, failure.reason(), failure::describe);
            ExtentStats begin = scanned.get(failure.at());
            assertEquals(begin.free(), failure.free(), failure::describe);
            assertEquals(begin.largest(), failure.largest(), failure::describe);
        }
    }

    /** First-fit and best-fit take any long-enough extent: a failure of theirs with L >= n is a lost race, never here. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"first_fit", "best_fit"})
    void aSingleThreadedAnyExtentAlgorithmFailsOnlyForSpaceOrFragmentation(String algo) throws Exception {
        Workload workload = Workload.parse("threads=1 ops=3000 fill=1 sizes=uniform:32..6000 seed=3 "
                + "chunks=32KiB@0x10000000,16KiB@0x20000000 algo=" + algo);
        for (FailedAlloc failure : failuresOf(Recorded.workload(workload, Schedule.roundRobin()).trace()).failures()) {
            assertTrue(failure.largest() < failure.units(), failure::describe);
        }
    }

    /** Offset 0 of both chunks taken while long extents lie elsewhere: the fixed algorithm's failures are alignment's. */
    @Test
    void theFixedAlgorithmFailsForAlignmentWhereExtentsAreLongEnough() throws Exception {
        Workload workload = Workload.parse("threads=1 ops=3000 fill=1 sizes=uniform:32..6000 seed=3 "
                + "chunks=32KiB@0x10000000,16KiB@0x20000000 algo=fixed:0");
        TraceFailures failures = failuresOf(Recorded.workload(workload, Schedule.roundRobin()).trace());
        assertTrue(failures.countsByReason().get(FailureReason.ALIGNMENT) > 0, failures.countsByReason()::toString);
    }

    /**
     * Eight one-unit blocks fill a chunk of 8 units; freeing blocks 1..4 leaves one extent of 4 that starts at
     * unit 1: order-align wants 4 units at a multiple of 4 (alignment), then 5 units with one more unit free
     * (fragmentation), then 8 (no space).
     */
    @Test
    void eachReasonIsToldWithItsNumbers() throws Exception {
        List<Instruction> script = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            script.add(alloc(32));
        }
        script.addAll(List.of(freeAllocation(1), freeAllocation(2), freeAllocation(3), freeAllocation(4),
                alloc(128), freeAllocation(6), alloc(160), alloc(256)));
        Scenario scenario = scenario(Algorithm.firstFitOrderAlign(), 256, List.of(script),
                ScriptedSchedule.builder().runToEnd(0).script());
        List<FailedAlloc> failures = failuresOf(Recorded.scenario(scenario).trace()).failures();
        assertEquals(3, failures.size());
        assertFailure(failures.get(0), FailureReason.ALIGNMENT, 4, 4, 4);
        assertFailure(failures.get(1), FailureReason.FRAGMENTATION, 5, 5, 4);
        assertFailure(failures.get(2), FailureReason.NO_SPACE, 8, 5, 4);
    }

    /**
     * The test kit's lost race (T1 takes the 4 units T0's search found, between T0's read and its CAS): the units
     * were free when T0 began, a lost race for first-fit (L decides) and for the aligned ones (the begin state is
     * rebuilt).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"first_fit", "first_fit_order_align", "first_fit_align align=128", "best_fit"})
    void aSearchThatLosesItsUnitsToAnotherThreadLostARace(String algo) throws Exception {
        Scenario scenario = LostRace.scenario(AlgorithmText.parse(algo));
        List<FailedAlloc> failures = failuresOf(Recorded.scenario(scenario).trace()).failures();
        assertEquals(1, failures.size());
        assertEquals(0, failures.get(0).thread());
        assertFailure(failures.get(0), FailureReason.LOST_RACE, 4, 4, 4);
    }

    /**
     * Four threads under a random schedule on a full pool: every failure's reason is the one found by asking
     * the allocator on the words a plain replay had at the thread's ALLOC_BEGIN, so the begin states the
     * failures rebuild from their change log are right under any interleaving. Some race is lost.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"first_fit_align:256", "first_fit_order_align", "first_fit"})
    void underContentionEachReasonIsTheBeginStatesOwn(String algo) throws Exception {
        Workload workload = Workload.parse("threads=4 ops=1500 fill=1 sizes=uniform:32..3000 seed=8 "
                + "chunks=16KiB@0x10000000,8KiB@0x20000000 algo=" + algo);
        MemoryTrace trace = Recorded.workload(workload, Schedule.random(8)).trace();
        SearchTrial trial = new SearchTrial(trace.header());
        BitmapReplay replay = new BitmapReplay(trace.header());
        Map<Integer, long[][]> begins = new HashMap<>();
        List<FailureReason> expected = new ArrayList<>();
        for (Event event : trace.events()) {
            replay.apply(event);
            if (event.kind() == EventKind.ALLOC_BEGIN) {
                long[][] words = new long[trace.header().chunks().size()][];
                for (int chunk = 0; chunk < words.length; chunk++) {
                    words[chunk] = replay.words(chunk).clone();
                }
                begins.put(event.thread(), words);
            } else if (event.kind() == EventKind.ALLOC_END && event.p1() == 0) {
                long[][] words = begins.get(event.thread());
                List<ExtentStats> chunks = new ArrayList<>();
                for (ChunkGeometry chunk : trace.header().chunks()) {
                    chunks.add(ExtentStats.ofChunk(words[chunk.id()], chunk.size() >>> 5));
                }
                ExtentStats pool = ExtentStats.combine(chunks);
                long units = (event.p0() + 31) >>> 5;
                expected.add(FailureReason.classify(units, pool.free(), pool.largest(), trial.fits(words, event.p0())));
            }
        }
        List<FailureReason> found = failuresOf(trace).failures().stream().map(FailedAlloc::reason).toList();
        assertEquals(expected, found);
        assertTrue(found.contains(FailureReason.LOST_RACE), found::toString);
    }

    private static void assertFailure(FailedAlloc failure, FailureReason reason, long units, long free, long largest) {
        assertEquals(reason, failure.reason(), failure::describe);
        assertEquals(units, failure.units(), failure::describe);
        assertEquals(free, failure.free(), failure::describe);
        assertEquals(largest, failure.largest(), failure::describe);
    }

    private static Scenario scenario(Algorithm algorithm, long chunkBytes, List<List<Instruction>> scripts,
            ScheduleScript schedule) {
        return new Scenario("failures", "failures", "a test's scenario",
                new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, chunkBytes)), algorithm, Variant.MAINLINE),
                List.of(), scripts, schedule, new EventMatch.CasFailure());
    }
}
