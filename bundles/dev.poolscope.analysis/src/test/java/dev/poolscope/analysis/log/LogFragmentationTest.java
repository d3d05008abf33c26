package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.FragmentationSnapshot;
import dev.poolscope.analysis.LogFragmentation;
import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.InternalFragmentation;
import dev.poolscope.core.Chunk;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log's fragmentation, replayed one operation at a time, equals what LogReplay's pool and the log itself say. */
class LogFragmentationTest {

    private static final int OPERATIONS = 6000;

    @TempDir
    Path dir;

    @Test
    void checkpointsEqualAScanOfTheReplayedPoolAndFailuresAreLogReplaysOwn() throws Exception {
        Path file = dir.resolve("random.csv");
        Files.writeString(file, "op,size,id\n" + new RandomLog(OPERATIONS, 21).text());
        AllocationLog log = AllocationLogReader.read(file);
        PoolSpec spec = LogPoolText.parse("order=5 chunks=16KiB@0x10000000,8KiB@0x20000000 algo=first_fit_align:128");
        LogFragmentation replay = new LogFragmentation(log, spec);
        for (int ops : new int[] {0, 1, 1000, 3333, OPERATIONS}) {
            replay.runTo(ops);
            FragmentationSnapshot snapshot = replay.snapshot();
            ReplayResult reference = LogReplay.replay(log, spec, ops);
            assertEquals(ops, snapshot.after());
            assertEquals(reference.failed(), snapshot.failed(), "failures after " + ops);
            List<Chunk> chunks = reference.pool().chunks().stream().sorted(Comparator.comparingInt(Chunk::id)).toList();
            for (Chunk chunk : chunks) {
                long[] words = new long[chunk.bitmap().wordCount()];
                chunk.bitmap().copyWords(words);
                ExtentStats scanned = ExtentStats.ofChunk(words, chunk.bitCount());
                ExtentStats reported = snapshot.chunks().get(chunk.id());
                assertEquals(scanned.free(), reported.free(), "F of chunk " + chunk.id() + " after " + ops);
                assertEquals(scanned.largest(), reported.largest(), "L of chunk " + chunk.id() + " after " + ops);
                assertEquals(scanned.extents(), reported.extents(), "R of chunk " + chunk.id() + " after " + ops);
            }
            assertEquals(InternalFragmentation.lostBytes(liveSizes(log, reference), 5), snapshot.internalBytes());
        }
        List<FailedAlloc> failures = replay.failures();
        assertTrue(failures.size() > 10, "a small pool fails: " + failures.size());
        for (FailedAlloc failure : failures) {
            assertTrue(log.isAlloc((int) failure.at()), failure::describe);
            assertEquals(0, replay.snapshot().failures().get(FailureReason.LOST_RACE), "a replay is single-threaded");
        }
    }

    /** The sizes of the allocs that succeeded and are not freed in the operations replayed. */
    private static long[] liveSizes(AllocationLog log, ReplayResult result) {
        Set<Integer> freed = new HashSet<>();
        for (int i = 0; i < result.afterOps(); i++) {
            if (!log.isAlloc(i)) {
                freed.add(log.id(i));
            }
        }
        List<Long> sizes = new ArrayList<>();
        for (int i = 0; i < result.afterOps(); i++) {
            if (log.isAlloc(i) && result.address(log.id(i)) != 0 && !freed.contains(log.id(i))) {
                sizes.add(log.size(i));
            }
        }
        return sizes.stream().mapToLong(Long::longValue).toArray();
    }
}
