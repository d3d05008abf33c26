package dev.poolscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sizes, bit numbers and addresses are 64-bit throughout: none of the kernel's int overflows. */
class LargeChunkTest {

    @Test
    void bitNumbersPastTwoToTheThirtyOne() {
        // order 4 with 2^31 + 4 units (a 256 MiB bitmap): bit numbers beyond an int, sizes beyond 2^32
        GenPool pool = GenPool.create(4);
        long base = 0x7000_0000_0000L;
        long bits = (1L << 31) + 4;
        pool.addChunk(base, 0, bits << 4);
        long big = pool.alloc(1L << 35);
        assertEquals(base, big);
        long after = pool.alloc(64);
        assertEquals(base + (1L << 35), after);
        assertEquals(0, pool.alloc(1));
        pool.free(big, 1L << 35);
        assertEquals(1L << 35, pool.avail());
        assertTrue(pool.hasAddr(after, 64));
        assertEquals(0, pool.alloc((1L << 35) + 1), "one byte more than is free");
        pool.free(after, 64);
        pool.destroy();
    }

    @Test
    void sizesBeyondEveryChunkFailCleanly() {
        GenPool pool = GenPool.create(0, Variant.PRE_PATCH); // no avail pre-check: the search must cope
        pool.addChunk(0x1000, 0, 4096);
        assertEquals(0, pool.alloc(Long.MAX_VALUE));
        assertEquals(4096, pool.avail());
    }
}
