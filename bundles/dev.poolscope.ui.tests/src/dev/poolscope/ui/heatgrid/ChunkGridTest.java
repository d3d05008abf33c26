package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;

import org.junit.jupiter.api.Test;

/** The grid's arithmetic: group sizes, counts across word boundaries, cooling. */
class ChunkGridTest {

    @Test
    void groupsAreTheSmallestPowerOfTwoThatFits() {
        assertEquals(1, ChunkGrid.bitsPerCellFor(64 * 100, 100));
        assertEquals(2, ChunkGrid.bitsPerCellFor(64 * 101, 100));
        assertEquals(256, ChunkGrid.bitsPerCellFor(1 << 20, 100)); // 2^20 / (64 * 256) = 64 rows
    }

    @Test
    void countsBitsPerCellAcrossWords() {
        GenPool pool = GenPool.create(0);
        Chunk chunk = pool.addChunk(0x1000, 0, 256);
        pool.alloc(60);
        pool.alloc(10); // bits 60..69 straddle words 0 and 1
        ChunkGrid byFour = new ChunkGrid(chunk, 4);
        byFour.refresh(0);
        assertEquals(4, byFour.allocated(14));  // bits 56..59
        assertEquals(4, byFour.allocated(15));  // bits 60..63
        assertEquals(4, byFour.allocated(16));  // bits 64..67
        assertEquals(2, byFour.allocated(17));  // bits 68..71
        assertEquals(0, byFour.allocated(18));
        ChunkGrid byTwoWords = new ChunkGrid(chunk, 128);
        byTwoWords.refresh(0);
        assertEquals(70, byTwoWords.allocated(0));
        assertEquals(0, byTwoWords.allocated(1));
        assertEquals(0x1000 + 127, byTwoWords.lastAddress(0));
    }

    @Test
    void heatFadesWithinAboutASecond() {
        GenPool pool = GenPool.create(0);
        Chunk chunk = pool.addChunk(0x1000, 0, 128);
        ChunkGrid grid = new ChunkGrid(chunk, 1);
        grid.refresh(0);
        assertEquals(0f, grid.heat(0), "the first look heats nothing");
        pool.alloc(1);
        grid.refresh(10_000_000L);
        assertEquals(1f, grid.heat(0));
        grid.refresh(300_000_000L);
        assertTrue(grid.heat(0) > 0.3f && grid.heat(0) < 0.5f, "after 0.3 s: " + grid.heat(0));
        grid.refresh(1_100_000_000L);
        assertTrue(grid.heat(0) < 0.05f, "after a second: " + grid.heat(0));
    }
}
