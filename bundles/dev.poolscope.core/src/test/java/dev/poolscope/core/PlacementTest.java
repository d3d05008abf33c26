package dev.poolscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** place and restore: exactly the units named change, avail follows, and every bad call is refused unchanged. */
class PlacementTest {

    /** Order 5 (32-byte units); chunk A of 256 bits at 0x10000, chunk B of 128 bits and 20 tail bytes after it. */
    private final GenPool pool = GenPool.create(5);
    private final Chunk a = pool.addChunk(0x10000, 0x90000, 8192);
    private final Chunk b = pool.addChunk(0x12000, 0x92000, 4096 + 20);

    private void assertRefused(Class<? extends RuntimeException> type, Runnable call, String... inMessage) {
        PoolState before = PoolState.of(pool);
        RuntimeException e = assertThrows(type, call::run);
        for (String text : inMessage) {
            assertTrue(e.getMessage().contains(text), () -> "'" + text + "' not in: " + e.getMessage());
        }
        assertEquals(before, PoolState.of(pool), "the refused call changed the pool");
    }

    @Test
    void placeSetsExactlyTheUnitsOfTheRangeAndTakesThemOffAvail() {
        assertSame(a, pool.place(0x10000 + 62 * 32, 100)); // 4 units across the word boundary 63/64
        assertEquals(0xc000000000000000L, a.bitmap().word(0));
        assertEquals(0x3L, a.bitmap().word(1));
        assertEquals(8192 - 4 * 32, a.avail());
        assertEquals(4096 + 20, b.avail());
        assertEquals(0x12000, pool.alloc(4096), "chunk B, first in list order, is filled");
        assertEquals(0x10000, pool.alloc(62 * 32), "the search sees the placed units as taken");
        assertEquals(0x10000 + 66 * 32, pool.alloc(32));
    }

    @Test
    void aPlacedRangeFreesLikeAnAllocatedOne() {
        pool.place(0x12000 + 32 * 5, 64);
        pool.free(0x12000 + 32 * 5, 64);
        assertEquals(0, b.bitmap().word(0));
        assertEquals(4096 + 20, b.avail());
    }

    @Test
    void placeRefusesUnitsAlreadyAllocated() {
        long first = pool.alloc(96); // chunk B comes first in list order: bits 0..2 of B
        assertEquals(0x12000, first);
        assertRefused(InvalidPlacementException.class, () -> pool.place(0x12000 + 64, 64),
                "place(0x12040, 64)", "bit 2 (address 0x12040)", "already allocated");
    }

    @Test
    void placeRefusesAnAddressInNoChunkOrOffAUnitBoundary() {
        InvalidPlacementException e = assertThrows(InvalidPlacementException.class, () -> pool.place(0x20000, 32));
        assertEquals(0x20000, e.address());
        assertEquals(32, e.size());
        assertTrue(e.getMessage().contains("in no chunk"), e.getMessage());
        assertRefused(InvalidPlacementException.class, () -> pool.place(0x10010, 32), "not at a unit boundary");
        assertRefused(InvalidPlacementException.class, () -> pool.place(0x10000, 0), "size must be positive");
    }

    @Test
    void placeRefusesARangePastTheLastWholeUnit() {
        assertRefused(InvalidPlacementException.class, () -> pool.place(0x12000 + 127 * 32, 64),
                "2 units from bit 127 run past the last whole unit", "128 bits");
        assertRefused(InvalidPlacementException.class, () -> pool.place(0x12000 + 128 * 32, 1), "run past");
    }

    @Test
    void restoreSetsTheWordsAndAvailFromThem() {
        pool.restore(a, new long[] {0xf0L, 0, 0, 1L << 63});
        assertEquals(0xf0L, a.bitmap().word(0));
        assertEquals(1L << 63, a.bitmap().word(3));
        assertEquals(8192 - 5 * 32, a.avail());
        assertRefused(InvalidPlacementException.class, () -> pool.place(0x10000 + 4 * 32, 32), "bit 4", "already allocated");
        GenPool alone = GenPool.create(5);
        Chunk only = alone.addChunk(0x10000, 0, 8192);
        alone.restore(only, new long[] {0xf0L, 0, 0, 0});
        assertEquals(0x10000, alone.alloc(4 * 32), "the first fit is the hole below the restored bits");
        assertEquals(0x10000 + 8 * 32, alone.alloc(32), "and then the first free unit after them");
    }

    @Test
    void restoreRefusesAWrongWordCountABitPastTheEndOrAnotherPoolsChunk() {
        assertRefused(IllegalArgumentException.class, () -> pool.restore(b, new long[] {0}), "has 2 bitmap words, not 1");
        Chunk odd = GenPool.create(5).addChunk(0x10000, 0, 32 * 70);
        assertRefused(IllegalArgumentException.class, () -> pool.restore(odd, new long[] {0, 0}), "not a chunk of this pool");
        GenPool other = GenPool.create(5);
        Chunk seventy = other.addChunk(0x10000, 0, 32 * 70);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> other.restore(seventy, new long[] {0, 1L << 6}));
        assertTrue(e.getMessage().contains("sets bit 70, past its last bit 69"), e.getMessage());
        assertEquals(32 * 70, seventy.avail());
    }
}
