package dev.poolscope.analysis.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogPoolText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A captured pool as an allocation log, and choosing the pool by pointer or caller. */
class CaptureImportTest {

    private static final long POOL = 0xffff888003a1c000L;
    private static final long OTHER = 0xffff888003a1d000L;

    @TempDir
    Path dir;

    @Test
    void aCreatedPoolsOperationsBecomeRowsInSeqOrderWithCallersAndFailuresKept() throws Exception {
        Capture capture = CaptureReader.read(new CaptureText().create(5, POOL).add(POOL, 0x10000000L, 4096)
                .add(POOL, 0x20000000L, 1024)
                .alloc(POOL, 64, "gen_pool_first_fit", 0x20000000L, "a+0x1/0x10")
                .alloc(POOL, 9000, "gen_pool_first_fit", 0, "b+0x2/0x10")
                .alloc(POOL, 32, "gen_pool_best_fit", 0x20000040L, "c+0x3/0x10")
                .free(POOL, 0x20000000L, 64)
                .write(dir));

        ImportedLog log = CaptureImport.of(capture, capture.pools().get(0));

        assertEquals(List.of("op,size,id,caller", "alloc,64,1,a+0x1/0x10", "alloc,9000,2,b+0x2/0x10",
                "alloc,32,3,c+0x3/0x10", "free,,1," + CaptureText.CALLER), log.lines().subList(2, log.lines().size()));
        assertEquals(4, log.operations());
        assertEquals(3, log.allocs());
        assertEquals(1, log.kernelFailed());
        assertEquals("order=5 chunks=4096@0x10000000,1024@0x20000000", log.poolSpec());
        assertTrue(log.startedEmpty());
        assertTrue(log.leftOut().isEmpty());
        assertEquals(2, LogPoolText.parse(log.poolSpec()).chunks().size(), "compare and size take the spec");

        Path file = dir.resolve("pool.csv");
        Files.write(file, log.lines());
        AllocationLog read = AllocationLogReader.read(file);
        assertEquals(4, read.operations());
        assertEquals(1, read.id(3));
    }

    @Test
    void aSnapshotStartSaysWhatWasAllocatedAndLeavesOutFreesOfEarlierMemory() throws Exception {
        Capture capture = CaptureReader.read(new CaptureText()
                .snapshot(POOL, "first", 5, "gen_pool_first_fit", "-", 2)
                .chunk(0x30000000L, 2048, 5, 2048 - 3 * 32, 0x7L)
                .chunk(0x40000000L, 2048, 5, 2048, 0)
                .alloc(POOL, 32, "gen_pool_first_fit", 0x30000060L)
                .free(POOL, 0x30000000L, 96)
                .alloc(POOL, 0, "gen_pool_first_fit", 0)
                .write(dir));

        ImportedLog log = CaptureImport.of(capture, capture.pools().get(0));

        assertFalse(log.startedEmpty());
        assertEquals(3, log.unitsAtStart());
        assertEquals("order=5 chunks=2048@0x40000000,2048@0x30000000", log.poolSpec(), "in order of addition");
        assertEquals(List.of("1 free of memory allocated before the capture (or in lost records), which no alloc of the log names",
                "1 allocation of 0 bytes, which a log cannot hold"), log.leftOut());
        assertEquals(1, log.operations());
        assertTrue(log.lines().get(2).contains("did not start empty (3 units allocated)"), log.lines().toString());
    }

    @Test
    void aPoolIsChosenByPointerOrCallerAndAmbiguityListsTheCandidates() throws Exception {
        Capture capture = CaptureReader.read(new CaptureText().create(5, POOL).add(POOL, 0x10000000L, 4096)
                .create(5, OTHER).add(OTHER, 0x20000000L, 4096)
                .alloc(POOL, 64, "gen_pool_first_fit", 0x10000000L, "dma_alloc+0x1/0x10[snd]")
                .alloc(OTHER, 64, "gen_pool_first_fit", 0x20000000L, "dma_alloc+0x1/0x10[usb]")
                .write(dir));

        assertEquals(OTHER, CapturePools.choose(capture, "0xffff888003a1d000", null).pointer());
        assertEquals(POOL, CapturePools.choose(capture, null, "[snd]").pointer());
        IllegalArgumentException twoFit = assertThrows(IllegalArgumentException.class,
                () -> CapturePools.choose(capture, null, "dma_alloc"));
        assertTrue(twoFit.getMessage().startsWith("2 pools fit a caller containing 'dma_alloc': choose one with --pool; "
                + "candidates: 0xffff888003a1c000 (1 allocs, callers dma_alloc+0x1/0x10[snd]); 0xffff888003a1d000"),
                twoFit.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> CapturePools.choose(capture, "0x1", null));
        assertTrue(none.getMessage().contains("no pool 0x1 in "), none.getMessage());
        assertTrue(none.getMessage().contains("the pools are: 0xffff888003a1c000"), none.getMessage());
        IllegalArgumentException neither = assertThrows(IllegalArgumentException.class,
                () -> CapturePools.choose(capture, null, null));
        assertTrue(neither.getMessage().contains("has 2 pools: choose one with --pool or --caller"), neither.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CapturePools.choose(capture, "ffff", null));
    }
}
