package dev.poolscope.trace.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.PoolLimits;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

/** A workload whose pool is over {@link PoolLimits#TRACED} is refused when it is read, before any pool exists. */
class WorkloadLimitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // each once died with OutOfMemoryError in record, or recorded a trace replay could not open
        "chunks=64GiB@0 order=0|order=0 chunks=64GiB@0|chunk 0 (68719476736 bytes at order 0) has 68719476736 units",
        "chunks=16GiB@0x100000000 order=0|order=0 chunks=16GiB@0x100000000|has 17179869184 units",
        "chunks=4096*4MiB@0x1000 order=0|order=0 chunks=4096*4MiB@0x1000|bringing the pool to",
        "chunks=4KiB@0|chunks=4KiB@0|chunk 0 starts at address 0x0",
        "chunks=2*4KiB@0x1000,64@0|chunks=2*4KiB@0x1000,64@0|chunk 2 starts at address 0x0",
    })
    void aPoolOverTheLimitsIsNamedWithTheLimit(String text, String token, String problem) {
        WorkloadFormatException e = assertThrows(WorkloadFormatException.class, () -> Workload.parse(text));
        assertEquals(token, e.token());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chunks=4097*64@0x1000|4097 chunks are over the limit of 4096 chunks per pool",
        "chunks=4000*64@0x1000,97*64@0x100000|4097 chunks are over the limit",
        "chunks=999999999999*64@0x1000|999999999999 chunks are over the limit",
    })
    void tooManyChunksAreRefusedBeforeTheyAreMade(String text, String problem) {
        WorkloadFormatException e = assertThrows(WorkloadFormatException.class, () -> Workload.parse(text));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void aPoolAtTheLimitsIsTaken() {
        long unitsPerChunk = PoolLimits.MAX_TRACED_BITS / PoolLimits.MAX_CHUNKS;
        Workload workload = Workload.parse("order=0 chunks=" + PoolLimits.MAX_CHUNKS + "*" + unitsPerChunk + "@0x1000");
        assertEquals(PoolLimits.MAX_TRACED_BITS, workload.pool().bytes());
    }
}
