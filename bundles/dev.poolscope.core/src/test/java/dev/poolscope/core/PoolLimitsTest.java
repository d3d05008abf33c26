package dev.poolscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pools larger than Poolscope holds are refused with the limit and the value, before any bitmap is allocated. */
class PoolLimitsTest {

    private static void assertNames(PoolLimitException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
        }
    }

    @Test
    void aChunkOfTwoToTheThirtySixUnitsIsRefusedNotAllocated() {
        // the vector line "add virt=0x0 phys=0x0 size=68719476736" at order 0 asked for an 8 GiB bitmap
        GenPool pool = GenPool.create(0);
        PoolLimitException e = assertThrows(PoolLimitException.class, () -> pool.addChunk(0, 0, 1L << 36));
        assertNames(e, "chunk 0", "68719476736 units", "4294967296 units per pool", "PoolLimits.MAX_ALLOCATOR_BITS");
        assertEquals(0, pool.chunks().size(), "nothing was added");
    }

    @Test
    void theTotalOverAllChunksCounts() {
        PoolLimitException e = assertThrows(PoolLimitException.class,
                () -> PoolLimits.ALLOCATOR.addChunk(3, PoolLimits.MAX_ALLOCATOR_BITS - 1, 0x1000, 2, 0));
        assertNames(e, "chunk 3", "has 2 units", "bringing the pool to 4294967297", "4294967296 units per pool");
        assertEquals(PoolLimits.MAX_ALLOCATOR_BITS,
                PoolLimits.ALLOCATOR.addChunk(3, PoolLimits.MAX_ALLOCATOR_BITS - 1, 0x1000, 1, 0), "up to the limit itself");
    }

    @Test
    void aChunkOfTwoToTheSixtyThreeBytesIsNotZeroUnits() {
        // the size read as a signed long is negative: the unit count must not wrap to a small one
        PoolLimitException e = assertThrows(PoolLimitException.class,
                () -> PoolLimits.TRACED.addChunk(0, 0, 0x1000, Long.MIN_VALUE, 0));
        assertNames(e, "9223372036854775808 bytes", "has 9223372036854775808 units", "PoolLimits.MAX_TRACED_BITS");
    }

    @Test
    void aPoolHoldsAtMostMaxChunks() {
        GenPool pool = GenPool.create(5);
        for (int i = 0; i < PoolLimits.MAX_CHUNKS; i++) {
            pool.addChunk(0x1000 + 64L * i, 0, 64);
        }
        PoolLimitException e = assertThrows(PoolLimitException.class,
                () -> pool.addChunk(0x1000 + 64L * PoolLimits.MAX_CHUNKS, 0, 64));
        assertNames(e, "chunk 4096 is one too many", "at most 4096 chunks");
        assertEquals(PoolLimits.MAX_CHUNKS, pool.chunks().size());
    }

    @Test
    void theAllocatorTakesAChunkAtAddressZeroAsTheKernelDoesATraceDoesNot() {
        GenPool pool = GenPool.create(0);
        pool.addChunk(0, 0, 4096);
        assertEquals(0, pool.alloc(16), "the kernel's ambiguity: the first unit is at 0x0");
        assertEquals(16, pool.alloc(16));
        PoolLimitException e = assertThrows(PoolLimitException.class,
                () -> PoolLimits.TRACED.addChunk(0, 0, 0, 4096, 0));
        assertNames(e, "chunk 0 starts at address 0x0", "returns for failure");
        assertEquals(4096, PoolLimits.TRACED.addChunk(0, 0, 1, 4096, 0), "a chunk from 0x1 is fine");
    }
}
