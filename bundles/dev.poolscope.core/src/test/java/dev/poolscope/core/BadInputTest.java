package dev.poolscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The kernel BUG_ON cases and bad arguments: each throws with a message naming the problem, and
 * the pool (every bitmap word and avail) stays as it was.
 */
class BadInputTest {

    /** Order 5 (32-byte units); chunk A at 0x10000 of 8192 bytes (256 bits, 4 words), chunk B right after it. */
    private final GenPool pool = GenPool.create(5);
    private final Chunk a = pool.addChunk(0x10000, 0x90000, 8192);
    private final Chunk b = pool.addChunk(0x12000, 0x92000, 4096 + 20); // 20 tail bytes

    private <T extends RuntimeException> T assertRefused(Class<T> type, Runnable call, String... inMessage) {
        PoolState before = PoolState.of(pool);
        T e = assertThrows(type, call::run);
        for (String text : inMessage) {
            assertTrue(e.getMessage().contains(text), () -> "'" + text + "' not in: " + e.getMessage());
        }
        assertEquals(before, PoolState.of(pool), "the refused call changed the pool");
        return e;
    }

    @Test
    void freeOutsideEveryChunk() {
        pool.alloc(64);
        InvalidFreeException e = assertRefused(InvalidFreeException.class, () -> pool.free(0x20000, 64),
                "free(0x20000, 64)", "in no chunk");
        assertEquals(0x20000, e.address());
        assertEquals(64, e.size());
    }

    @Test
    void freeCrossingTheChunkEndIntoTheNextChunk() {
        // B (added last) is searched first; the offset is past B's bitmap, so A takes it
        long inA = pool.alloc(64, Algorithm.fixedOffset(8192 - 64));
        assertEquals(0x10000 + 8192 - 64, inA);
        assertRefused(InvalidFreeException.class, () -> pool.free(inA, 128), "runs past the end of chunk 0");
    }

    @Test
    void doubleFree() {
        long x = pool.alloc(200);
        pool.free(x, 200);
        assertRefused(InvalidFreeException.class, () -> pool.free(x, 200),
                String.format("free(0x%x, 200)", x), "not all allocated");
    }

    /** A free whose range is half free, half live: the live words cleared first are set back. */
    @Test
    void partlyFreeRangeAcrossWordsIsRestored() {
        long first = pool.alloc(100 * 32); // bits 0..99 of B, searched first (128 bits)
        long second = pool.alloc(20 * 32); // bits 100..119
        assertEquals(first + 100 * 32, second);
        pool.free(second, 20 * 32);
        // bits 60..119: 60..99 live (words 0 and 1), 100..119 free (word 1)
        assertRefused(InvalidFreeException.class, () -> pool.free(first + 60 * 32, 60 * 32),
                "bits [60, 120)", "bit 100", "nothing was changed");
        pool.free(first, 100 * 32);
        assertEquals(pool.size(), pool.avail());
    }

    @Test
    void freeInTheTailBytes() {
        long tail = b.start() + 4096; // past B's last whole unit, inside the chunk
        assertRefused(InvalidFreeException.class, () -> pool.free(tail, 8), "last whole unit");
    }

    @Test
    void negativeSizes() {
        assertRefused(IllegalArgumentException.class, () -> pool.alloc(-1), "negative");
        assertRefused(IllegalArgumentException.class, () -> pool.free(a.start(), -32), "negative");
        assertRefused(IllegalArgumentException.class, () -> pool.hasAddr(a.start(), -1), "negative");
        assertRefused(IllegalArgumentException.class, () -> pool.addChunk(0x40000, 0, -4096), "positive");
    }

    @Test
    void ordersOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> GenPool.create(-1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GenPool.create(63));
        assertTrue(e.getMessage().contains("0..62"), e.getMessage());
    }

    @Test
    void overlappingChunks() {
        assertRefused(IllegalArgumentException.class, () -> pool.addChunk(0x11ff0, 0, 2), "overlaps chunk 0");
        assertRefused(IllegalArgumentException.class, () -> pool.addChunk(0xf000, 0, 0x1001), "overlaps chunk 0");
        assertRefused(IllegalArgumentException.class, () -> pool.addChunk(0x11fff, 0, 2), "overlaps chunk 1");
        assertEquals(2, pool.chunks().size());
        pool.addChunk(0xf000, 0, 0x1000); // adjacent below A: fine
        assertEquals(3, pool.chunks().size());
    }

    @Test
    void chunkPastTheTopOfTheAddressSpace() {
        assertRefused(IllegalArgumentException.class, () -> pool.addChunk(0xfffffffffffff000L, 0, 0x1001),
                "top of the address space");
        Chunk top = pool.addChunk(0xfffffffffffff000L, 0, 0x1000);
        assertEquals(-1L, top.end());
    }

    @Test
    void zeroSizeAllocReturnsZeroAndChangesNothing() {
        PoolState before = PoolState.of(pool);
        assertEquals(0, pool.alloc(0));
        assertEquals(before, PoolState.of(pool));
    }

    @Test
    void destroyWithLiveAllocations() {
        long x = pool.alloc(64);
        assertRefused(IllegalStateException.class, pool::destroy, "still has allocations",
                String.format("0x%x", x));
        pool.free(x, 64);
        pool.destroy();
        assertThrows(IllegalStateException.class, () -> pool.alloc(32));
        assertThrows(IllegalStateException.class, () -> pool.free(x, 64));
    }

    @Test
    void alignmentMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> Algorithm.firstFitAlign(48));
        assertThrows(IllegalArgumentException.class, () -> Algorithm.firstFitAlign(0));
        assertThrows(IllegalArgumentException.class, () -> Algorithm.fixedOffset(-32));
    }

    @Test
    void v4PatchHasFirstFitOnly() {
        GenPool v4 = GenPool.create(5, Variant.V4_PATCH);
        v4.addChunk(0x1000, 0, 1024);
        assertThrows(IllegalArgumentException.class, () -> v4.setAlgorithm(Algorithm.bestFit()));
        assertThrows(IllegalArgumentException.class, () -> v4.alloc(32, Algorithm.firstFitOrderAlign()));
        assertEquals(0x1000, v4.alloc(32));
    }

    /** v4 kept an exclusive chunk end, which wraps to 0 at the top of the address space. */
    @Test
    void v4PatchCannotFreeInAChunkAtTheTop() {
        GenPool v4 = GenPool.create(12, Variant.V4_PATCH);
        v4.addChunk(0xfffffffffffff000L, 0, 4096);
        long x = v4.alloc(4096);
        assertEquals(0xfffffffffffff000L, x);
        assertThrows(InvalidFreeException.class, () -> v4.free(x, 4096));
        GenPool mainline = GenPool.create(12);
        mainline.addChunk(0xfffffffffffff000L, 0, 4096);
        mainline.free(mainline.alloc(4096), 4096);
        assertEquals(4096, mainline.avail());
    }

    @Test
    void variantNamesAreParsedAndUnknownOnesListed() {
        assertEquals(Variant.V4_PATCH, Variant.byId("v4-patch"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Variant.byId("v5"));
        assertTrue(e.getMessage().contains("mainline, v4-patch, pre-patch"), e.getMessage());
    }
}
