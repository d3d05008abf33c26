package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a replay tells about failures as they happen, and the sizes of the allocations live at a checkpoint. */
class LogReplayFailureTest {

    /** 4 units of 32 bytes at 0x1000. */
    private static final PoolSpec FOUR_UNITS = new PoolSpec(5, List.of(new ChunkSpec(0x1000, 128)), Algorithm.firstFit(),
            Variant.MAINLINE);

    @TempDir
    Path dir;

    @Test
    void theListenerHearsEachFailedAllocWhileThePoolIsAsTheSearchFoundIt() throws Exception {
        AllocationLog log = log("alloc,96,1\nalloc,64,2\nfree,,1\nalloc,128,3\nalloc,32,4\nalloc,64,5\n");
        LogReplay replay = new LogReplay(log, FOUR_UNITS);
        List<String> heard = new ArrayList<>();
        replay.onFailure(index -> heard.add(index + ":" + replay.pool().avail()));
        replay.runTo(log.operations());
        // id 2 (2 units) finds 1 free unit; id 3 (4 units) fits after id 1's free and fills the pool
        assertEquals(List.of("1:32", "4:0", "5:0"), heard);
        assertEquals(3, replay.result().failed());
    }

    @Test
    void liveSizesAreTheBytesAskedByAllocationsNotYetFreed() throws Exception {
        AllocationLog log = log("alloc,33,1\nalloc,20,2\nalloc,100,3\nfree,,1\n");
        assertArrayEquals(new long[] {33, 20}, LogReplay.replay(log, FOUR_UNITS, 2).liveSizes());
        assertArrayEquals(new long[] {20}, LogReplay.replay(log, FOUR_UNITS).liveSizes(), "id 3 failed, id 1 is freed");
    }

    private AllocationLog log(String rows) throws Exception {
        Path file = Files.createTempFile(dir, "log", ".csv");
        Files.writeString(file, "op,size,id\n" + rows);
        return AllocationLogReader.read(file);
    }
}
