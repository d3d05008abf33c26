package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.WorkloadFormatException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --pool} in the workload syntax, with a log's own default chunk. */
class LogPoolTextTest {

    @Test
    void theDefaultPoolIsOrder5WithOne1MiBChunkAt0x10000000() {
        PoolSpec pool = LogPoolText.DEFAULT_POOL;

        assertEquals(5, pool.minAllocOrder());
        assertEquals(List.of(new ChunkSpec(0x1000_0000L, 1L << 20)), pool.chunks());
        assertEquals(Algorithm.firstFit(), pool.algorithm());
        assertEquals(Variant.MAINLINE, pool.variant());
        assertEquals(pool, LogPoolText.parse("  "));
    }

    @Test
    void givenKeysReplaceTheDefaultsAndTheOthersStay() {
        PoolSpec pool = LogPoolText.parse("order=6 chunks=2*64K@0x2000 algo=best_fit");

        assertEquals(6, pool.minAllocOrder());
        assertEquals(List.of(new ChunkSpec(0x2000, 64 << 10), new ChunkSpec(0x2000 + (64 << 10), 64 << 10)), pool.chunks());
        assertEquals(Algorithm.bestFit(), pool.algorithm());
        assertEquals(Variant.MAINLINE, pool.variant());
        assertEquals(List.of(new ChunkSpec(0x1000_0000L, 1L << 20)), LogPoolText.parse("variant=pre-patch").chunks());
    }

    @Test
    void keysOfAWorkloadThatAreNotThePoolsAreRefused() {
        WorkloadFormatException e = assertThrows(WorkloadFormatException.class, () -> LogPoolText.parse("order=5 threads=4"));

        assertEquals("threads=4", e.token());
        assertTrue(e.getMessage().contains("a pool takes only the keys order, chunks, algo, variant"), e.getMessage());
        assertEquals("junk", assertThrows(WorkloadFormatException.class, () -> LogPoolText.parse("junk")).token());
    }

    @Test
    void aChunkAtAddressZeroIsRefusedSinceASuccessfulAllocThereWouldReadAsAFailure() {
        WorkloadFormatException e = assertThrows(WorkloadFormatException.class, () -> LogPoolText.parse("chunks=1MiB@0"));

        assertTrue(e.getMessage().contains("starts at address 0x0"), e.getMessage());
    }
}
