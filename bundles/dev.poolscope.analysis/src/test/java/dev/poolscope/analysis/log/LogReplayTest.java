package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays worked out by hand on an 8-unit pool of 32-byte units at 0x1000, and replays equal to GenPool called directly. */
class LogReplayTest {

    private static final PoolSpec FIRST_FIT = pool(Algorithm.firstFit());
    private static final PoolSpec BEST_FIT = pool(Algorithm.bestFit());

    @TempDir
    Path dir;

    @Test
    void firstFitPlacesEachAllocInTheLowestHoleAndSkipsTheFreeOfAFailedAlloc() throws Exception {
        AllocationLog log = log("""
                alloc,64,1
                alloc,32,2
                alloc,96,3
                free,,2
                alloc,33,4
                alloc,32,5
                alloc,1,6
                free,,6
                free,,1
                """);

        ReplayResult result = LogReplay.replay(log, FIRST_FIT);

        // units 0-1, 2, 3-5; unit 2 freed; 33 bytes take 2 units: not unit 2 (1 unit), so 6-7; 32 bytes into unit 2
        assertArrayEquals(new long[] {0x1000, 0x1040, 0x1060, 0x10c0, 0x1040, 0}, result.addresses());
        assertEquals(6, result.allocs());
        assertEquals(1, result.failed(), "the pool is full when id 6 asks for a unit");
        assertEquals(2, result.frees(), "ids 2 and 1");
        assertEquals(1, result.freesSkipped(), "id 6");
        assertEquals(9, result.afterOps());
        assertEquals(0b1111_1100L, chunk(result).bitmap().word(0), "units 0-1 free again, 2-7 allocated");
        assertEquals(64, result.pool().avail());
    }

    @Test
    void bestFitTakesTheSmallestHoleWhereFirstFitTakesTheLowestAndThenFails() throws Exception {
        // holes after the frees: units 0-2 (3 units), unit 4 (1), units 6-7 (2)
        AllocationLog log = log("""
                alloc,96,1
                alloc,32,2
                alloc,32,3
                alloc,32,4
                free,,1
                free,,3
                alloc,32,5
                alloc,96,6
                """);

        ReplayResult first = LogReplay.replay(log, FIRST_FIT);
        ReplayResult best = LogReplay.replay(log, BEST_FIT);

        // first-fit puts id 5 at unit 0, leaving holes of 2, 1 and 2 units: 3 units fit nowhere
        assertEquals(0x1000, first.address(5));
        assertEquals(0, first.address(6));
        assertEquals(1, first.failed());
        // best-fit puts id 5 in the 1-unit hole at unit 4, and id 6 fills units 0-2
        assertEquals(0x1080, best.address(5));
        assertEquals(0x1000, best.address(6));
        assertEquals(0, best.failed());
        assertEquals(0b0011_1111L, chunk(best).bitmap().word(0), "units 0-5 allocated, 6-7 free");
        assertEquals(0b0010_1001L, chunk(first).bitmap().word(0), "ids 5, 2 and 4 at units 0, 3 and 5");
    }

    @Test
    void aReplayEqualsCallingGenPoolDirectlyWithTheSameSequence() throws Exception {
        for (Algorithm algorithm : List.of(Algorithm.firstFit(), Algorithm.bestFit(), Algorithm.firstFitOrderAlign())) {
            PoolSpec spec = new PoolSpec(4, List.of(new ChunkSpec(0x10_0000, 40_000), new ChunkSpec(0x20_0000, 24_000)),
                    algorithm, Variant.MAINLINE);
            RandomLog random = new RandomLog(20_000, 7);

            ReplayResult replay = LogReplay.replay(log(random.text()), spec);

            GenPool direct = spec.create(Probe.NONE);
            long[] addresses = random.runDirectly(direct);
            assertArrayEquals(addresses, replay.addresses(), algorithm.name());
            assertEquals(direct.avail(), replay.pool().avail(), algorithm.name());
            for (int c = 0; c < direct.chunks().size(); c++) {
                assertArrayEquals(words(direct.chunks().get(c)), words(replay.pool().chunks().get(c)), algorithm.name() + " chunk " + c);
            }
            long failed = Arrays.stream(addresses).filter(a -> a == 0).count();
            assertEquals(failed, replay.failed(), algorithm.name());
            assertTrue(failed > 0 && failed < random.allocs(), failed + " failed: the log must both fill the pool and fit in it");
            assertEquals(random.allocs(), replay.allocs());
        }
    }

    @Test
    void aReplayStoppedAfterKOperationsIsTheStateOfItsFirstKRows() throws Exception {
        RandomLog random = new RandomLog(3_000, 11);
        AllocationLog whole = log(random.text());
        int k = 1_234;

        ReplayResult stopped = LogReplay.replay(whole, FIRST_FIT, k);
        ReplayResult prefix = LogReplay.replay(log(random.text(k)), FIRST_FIT);

        assertEquals(k, stopped.afterOps());
        assertEquals(prefix.toString().replace("after " + k, ""), stopped.toString().replace("after " + k, ""));
        long[] expected = Arrays.copyOf(prefix.addresses(), whole.allocs());
        assertArrayEquals(expected, stopped.addresses(), "ids not replayed yet have no address");
        assertArrayEquals(words(chunk(prefix)), words(chunk(stopped)));
    }

    @Test
    void checkpointsReportTheStateAfterTheFloorOfOpsTimesKOverK() throws Exception {
        RandomLog random = new RandomLog(1_000, 3);
        AllocationLog log = log(random.text());
        int ops = log.operations();
        List<Integer> after = new ArrayList<>();
        List<long[]> bitmaps = new ArrayList<>();

        LogReplay.replayWithCheckpoints(log, FIRST_FIT, 3, r -> {
            after.add(r.afterOps());
            bitmaps.add(words(chunk(r)));
        });

        assertEquals(List.of(ops / 3, ops * 2 / 3, ops), after);
        for (int i = 0; i < after.size(); i++) {
            assertArrayEquals(words(chunk(LogReplay.replay(log, FIRST_FIT, after.get(i)))), bitmaps.get(i), "checkpoint " + (i + 1));
        }
    }

    @Test
    void aReplayRunsForwardOnlyAndWithinTheLog() throws Exception {
        LogReplay replay = new LogReplay(log("alloc,32,1\nfree,,1\n"), FIRST_FIT);
        replay.runTo(1);

        assertThrows(IllegalArgumentException.class, () -> replay.runTo(0));
        assertThrows(IllegalArgumentException.class, () -> replay.runTo(3));
        assertThrows(IllegalArgumentException.class, () -> LogReplay.replayWithCheckpoints(log(""), FIRST_FIT, 0, r -> { }));
        replay.runTo(2);
        assertEquals(1, replay.result().frees());
        assertEquals(0x1000, replay.result().address(1), "a freed id keeps the address it got");
    }

    private static PoolSpec pool(Algorithm algorithm) {
        return new PoolSpec(5, List.of(new ChunkSpec(0x1000, 256)), algorithm, Variant.MAINLINE);
    }

    private static Chunk chunk(ReplayResult result) {
        return result.pool().chunks().get(0);
    }

    private static long[] words(Chunk chunk) {
        long[] words = new long[chunk.bitmap().wordCount()];
        chunk.bitmap().copyWords(words);
        return words;
    }

    private AllocationLog log(String rows) throws Exception {
        Path file = Files.createTempFile(dir, "log", ".csv");
        Files.writeString(file, "op,size,id\n" + rows);
        return AllocationLogReader.read(file);
    }
}
