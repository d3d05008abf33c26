package dev.poolscope.model.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.ChunkGeometry;

import org.junit.jupiter.api.Test;

/** The live grid's counts: bits per cell across word boundaries, cooling. */
class LiveCellCountsTest {

    @Test
    void countsBitsPerCellAcrossWords() {
        GenPool pool = GenPool.create(0);
        Chunk chunk = pool.addChunk(0x1000, 0, 256);
        pool.alloc(60);
        pool.alloc(10); // bits 60..69 straddle words 0 and 1
        LiveCellCounts byFour = new LiveCellCounts(chunk, 4);
        byFour.refresh(0);
        assertEquals(4, byFour.allocated(14));  // bits 56..59
        assertEquals(4, byFour.allocated(15));  // bits 60..63
        assertEquals(4, byFour.allocated(16));  // bits 64..67
        assertEquals(2, byFour.allocated(17));  // bits 68..71
        assertEquals(0, byFour.allocated(18));
        assertEquals(70, byFour.allocated());
        LiveCellCounts byTwoWords = new LiveCellCounts(chunk, 128);
        byTwoWords.refresh(0);
        assertEquals(70, byTwoWords.allocated(0));
        assertEquals(0, byTwoWords.allocated(1));
        GridBlock block = new GridBlock(0, ChunkGeometry.of(chunk), 0, 128, 64, 6, 0, 0);
        assertEquals("chunk 0 bits 0–127 (0x1000 – 0x107f)", GridText.location(block, 0), "the cell ends at 0x1000 + 127");
    }

    @Test
    void heatFadesWithinAboutASecond() {
        GenPool pool = GenPool.create(0);
        Chunk chunk = pool.addChunk(0x1000, 0, 128);
        LiveCellCounts grid = new LiveCellCounts(chunk, 1);
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
