package dev.poolscope.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.core.Chunk;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comparison rows worked out by hand on small logs, and equal to plain replays on a random one. */
class ComparisonTest {

    @TempDir
    Path dir;

    @Test
    void rowsAtEachCheckpointAreTheHandWorkedStates() throws Exception {
        AllocationLog log = HandLogs.read(dir, HandLogs.BEST_FIT_FAILS_MORE);
        Comparison comparison = Comparison.run(log, HandLogs.TEN_UNITS, Contender.parseList("first-fit,best-fit", 5), 2,
                new long[] {1, 4});
        for (ContenderResult result : comparison.results()) {
            ComparisonRow half = result.rows().get(0);
            assertEquals(4, half.afterOps());
            assertEquals(3, half.allocs());
            assertEquals("F=5 R=1 L=5", half.extents().toString(), "after freeing id 1: units 0..4 free, 5..9 taken");
            assertEquals(160, half.availBytes());
        }
        ComparisonRow firstFit = comparison.result("first-fit").last();
        assertEquals(List.of(8, 6L, 0L, "F=0 R=0 L=0", 0L), List.of(firstFit.afterOps(), firstFit.allocs(), firstFit.failed(),
                firstFit.extents().toString(), firstFit.availBytes()));
        ContenderResult bestFit = comparison.result("best-fit");
        assertEquals(List.of(1L, 1L, "F=4 R=2 L=3", 128L), List.of(bestFit.last().failed(),
                bestFit.last().failed(FailureReason.FRAGMENTATION), bestFit.last().extents().toString(),
                bestFit.last().availBytes()));
        assertEquals(List.of(new FailedAlloc(7, 0, 128, 4, 4, 3, FailureReason.FRAGMENTATION)), bestFit.failures());
        // best-fit ends with units 0..1, 5, 6..8 taken (3 in the 4-hole at 6, 2 at 0, the separator at 5)
        assertArrayEquals(new long[] {0b0111100011L}, bestFit.finalBitmap());
        assertArrayEquals(new long[] {0b1111111111L}, comparison.result("first-fit").finalBitmap());
    }

    @Test
    void aFixedOffsetThatIsTakenFailsForAlignment() throws Exception {
        AllocationLog log = HandLogs.read(dir, HandLogs.BEST_FIT_FAILS_MORE);
        ContenderResult fixed = Comparison.run(log, HandLogs.TEN_UNITS, List.of(Contender.parse("fixed", 5)), 1,
                new long[] {1}).results().get(0);
        assertEquals(new FailedAlloc(1, 0, 32, 1, 5, 5, FailureReason.ALIGNMENT), fixed.failures().get(0));
        assertEquals(4, fixed.last().failed(FailureReason.ALIGNMENT));
        assertEquals(1, fixed.last().freesSkipped(), "the free of id 3, which failed");
    }

    @Test
    void internalFragmentationCountsOnlyLiveRequests() throws Exception {
        AllocationLog log = HandLogs.read(dir, """
                alloc,33,1
                alloc,1,2
                alloc,64,3
                free,,2
                """);
        ComparisonRow row = Comparison.run(log, LogPoolText.DEFAULT_POOL, List.of(Contender.parse("first-fit", 5)), 1,
                new long[] {1}).results().get(0).last();
        assertEquals(64 - 33, row.internalBytes(), "id 1 rounds 33 up to 64; id 2 (31 lost) is freed; id 3 loses nothing");
    }

    @Test
    void everyRowEqualsAPlainReplayAtThatCheckpoint() throws Exception {
        AllocationLog log = HandLogs.read(dir, randomRows(4000, 9));
        PoolSpec pool = LogPoolText.parse("order=5 chunks=48KiB@0x10000000,16KiB@0x30000000");
        List<Contender> contenders = Contender.defaults(5);
        Comparison comparison = Comparison.run(log, pool, contenders, 7, Comparison.defaultRequestUnits());
        for (Contender contender : contenders) {
            List<ComparisonRow> rows = comparison.result(contender.name()).rows();
            List<String> expected = new ArrayList<>();
            LogReplay.replayWithCheckpoints(log, contender.on(pool), 7, result -> {
                List<ExtentStats> chunks = new ArrayList<>();
                for (int id = 0; id < result.pool().chunks().size(); id++) {
                    Chunk chunk = chunkWithId(result.pool().chunks(), id);
                    long[] words = new long[chunk.bitmap().wordCount()];
                    chunk.bitmap().copyWords(words);
                    chunks.add(ExtentStats.ofChunk(words, chunk.bitCount()));
                }
                ExtentStats extents = ExtentStats.combine(chunks);
                expected.add(result.afterOps() + " " + result.allocs() + " " + result.failed() + " " + result.freesSkipped()
                        + " " + extents + " " + extents.external() + " " + result.pool().avail());
            });
            assertEquals(expected, rows.stream().map(r -> r.afterOps() + " " + r.allocs() + " " + r.failed() + " "
                    + r.freesSkipped() + " " + r.extents() + " " + r.extents().external() + " " + r.availBytes()).toList(),
                    contender.name());
        }
    }

    @Test
    void theCsvHasAHeaderNamingEachColumnAndARowPerContenderPerCheckpoint() throws Exception {
        AllocationLog log = HandLogs.read(dir, HandLogs.BEST_FIT_FAILS_MORE);
        Comparison comparison = Comparison.run(log, HandLogs.TEN_UNITS, Contender.parseList("first-fit,best-fit", 5), 2,
                new long[] {1, 4});
        List<String> lines = ComparisonCsv.lines(comparison);
        assertEquals("algorithm,after_ops,allocs,failed,failed_no_space,failed_fragmentation,failed_alignment,"
                + "failed_lost_race,frees_skipped,F,R,L,E,internal_bytes,avail,U_1,U_4,FI_1,FI_4", lines.get(0));
        assertEquals(5, lines.size());
        // F=4 in extents 3 and 1: U(4) = (4 - 4*0)/4 = 1; FI(4) = 1 - (1 + 4/4)/2 = 0
        assertEquals("best-fit,8,6,1,0,1,0,0,0,4,2,3,0.250000,0,128,0.000000,1.000000,-1.000000,0.000000", lines.get(4));
    }

    @Test
    void badArgumentsAreRefused() throws Exception {
        AllocationLog log = HandLogs.read(dir, HandLogs.BEST_FIT_FAILS_MORE);
        List<Contender> one = List.of(Contender.parse("first-fit", 5));
        assertThrows(IllegalArgumentException.class, () -> Comparison.run(log, HandLogs.TEN_UNITS, one, 0, new long[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Comparison.run(log, HandLogs.TEN_UNITS, one, 1, new long[] {0}));
    }

    private static Chunk chunkWithId(List<Chunk> chunks, int id) {
        return chunks.stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** A seeded mix of allocs and frees of live ids, sizes 1..3000 bytes. */
    static String randomRows(int operations, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> live = new ArrayList<>();
        StringBuilder rows = new StringBuilder();
        int allocs = 0;
        for (int i = 0; i < operations; i++) {
            if (live.isEmpty() || random.nextInt(100) < 60) {
                live.add(++allocs);
                rows.append("alloc,").append(1 + random.nextInt(3000)).append(',').append(allocs).append('\n');
            } else {
                rows.append("free,,").append(live.remove(random.nextInt(live.size()))).append('\n');
            }
        }
        return rows.toString();
    }
}
