package dev.poolscope.model.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.ChunkGeometry;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where the Heat Grid puts each chunk: groups of bits, rows of whole words, the overview fitted to the view. */
class GridLayoutTest {

    private static final int ORDER = 5;

    @Test
    void groupsAreTheSmallestPowerOfTwoThatFits() {
        assertEquals(1, Overview.grouped(64 * 100, 100, 64).bitsPerCell());
        assertEquals(2, Overview.grouped(64 * 101, 100, 64).bitsPerCell());
        assertEquals(256, Overview.grouped(1 << 20, 100, 64).bitsPerCell()); // 2^20 / (64 * 256) = 64 rows
        assertEquals(64, Overview.grouped(1 << 20, 100, 192).bitsPerCell(), "three times the columns: a quarter the bits");
    }

    @Test
    void aRowHoldsWholeWords() {
        assertEquals(64, GridLayout.columnsFor(1, 500), "one bit per cell: a word to a row");
        assertEquals(160, GridLayout.columnsFor(2, 175), "two bits per cell: 32 to a word, five words");
        assertEquals(175, GridLayout.columnsFor(64, 175), "a word per cell: any number of words");
        assertEquals(64, GridLayout.columnsFor(8, 20), "never less than a word's worth");
        for (int bitsPerCell = 1; bitsPerCell <= 1 << 12; bitsPerCell <<= 1) {
            for (int max = 1; max < 400; max++) {
                long bitsInRow = (long) GridLayout.columnsFor(bitsPerCell, max) * bitsPerCell;
                assertEquals(0, bitsInRow % 64, bitsPerCell + " bits per cell, at most " + max + " columns");
            }
        }
    }

    @Test
    void aLargeChunkUsesTheViewsWidth() {
        // 4 MiB of 32-byte units: 131,072 bits, in a view three times a word-wide block
        GridLayout layout = GridLayout.of(List.of(chunk(0, 0x1000_0000L, 4L << 20)), ORDER, 1200, 700, 0);
        GridBlock block = layout.blocks().get(0);
        assertTrue(block.bounds().width() > 0.9 * 1200, "the block is " + block.bounds().width() + " pixels wide");
        assertTrue(block.bounds().y() + block.bounds().height() <= 700, "and fits the height: " + block.bounds());
        assertEquals(8, block.bitsPerCell());
        assertEquals(0, (long) block.columns() * block.bitsPerCell() % 64, "rows of whole words");
        assertEquals(131_072, (long) block.cellCount() * block.bitsPerCell());
    }

    @Test
    void smallChunksShowOneBitPerCellAndTheLargeOneTakesTheRest() {
        GridLayout layout = GridLayout.of(demo(), ORDER, 1400, 800, 0);
        assertEquals(List.of(3, 2, 1, 0), layout.blocks().stream().map(GridBlock::chunk).toList(), "address order");
        assertEquals(1, layout.block(3).bitsPerCell(), "512 bits: one bit per cell");
        assertEquals(64, layout.block(3).columns());
        GridBlock large = layout.block(0);
        assertTrue(large.bitsPerCell() > 1);
        assertTrue(large.bounds().width() > 0.9 * (1400 - 2 * GridLayout.MARGIN), "alone on its line: " + large.bounds());
        for (GridBlock block : layout.blocks()) {
            assertTrue(block.bounds().x() + block.bounds().width() <= 1400, "inside the width: " + block);
            assertTrue(block.bounds().y() + block.bounds().height() <= 800, "inside the height: " + block);
        }
    }

    @Test
    void inAShortViewTheLargestChunkGetsTheMostRoomAndLittleHeightIsLeft() {
        GridLayout layout = GridLayout.of(demo(), ORDER, 1074, 260, 0);
        GridBlock largest = layout.block(0);
        assertTrue(largest.bounds().width() > 1.5 * layout.block(1).bounds().width(),
                "a million bits beside 32,768: " + largest.bounds() + " and " + layout.block(1).bounds());
        assertTrue(layout.height() <= 260, "in view: " + layout.height());
        assertTrue(layout.height() > 260 - 2 * GridLayout.HEADER, "the height left unused is small: " + layout.height());
        assertTrue(largest.bitsPerCell() <= 1024, "the room the others leave goes to it (2,048 bits a cell at equal shares): "
                + largest.bitsPerCell());
        for (GridBlock block : layout.blocks()) {
            assertTrue(block.bitsPerCell() <= largest.bitsPerCell(), "no chunk coarser than the largest: " + block);
        }
        assertEquals(1, layout.block(3).bitsPerCell(), "512 bits fit a word to a row: they keep one bit per cell");
    }

    @Test
    void zoomHalvesTheGroupsThenGrowsTheCells() {
        List<ChunkGeometry> one = List.of(chunk(0, 0x4000_0000L, 32L << 20));
        GridLayout overview = GridLayout.of(one, ORDER, 1000, 700, 0);
        int bits = overview.block(0).bitsPerCell();
        int zoom = Integer.numberOfTrailingZeros(bits);
        GridLayout single = GridLayout.of(one, ORDER, 1000, 700, zoom);
        assertEquals(1, single.block(0).bitsPerCell());
        assertEquals(64, single.block(0).columns(), "one bit per cell: a word to a row");
        assertEquals(GridLayout.PITCHES[0], single.block(0).pitch());
        assertEquals(bits / 2, GridLayout.of(one, ORDER, 1000, 700, 1).block(0).bitsPerCell());
        GridLayout larger = GridLayout.of(one, ORDER, 1000, 700, 99);
        assertEquals(zoom + GridLayout.PITCHES.length - 1, larger.zoom(), "clamped to the last step");
        assertEquals(GridLayout.PITCHES[GridLayout.PITCHES.length - 1], larger.block(0).pitch());
    }

    @Test
    void cellsAreFoundWhereTheyAreDrawn() {
        GridBlock block = new GridBlock(0, chunk(0, 0x1000, 4096), ORDER, 1, 64, 10, 12, 24);
        Box cell = block.cell(65);
        assertEquals(new Box(12 + 10, 24 + GridLayout.HEADER + 10, 9, 9), cell);
        assertEquals(65, block.cellAt(cell.x() + 3, cell.y() + 3));
        assertEquals(-1, block.cellAt(0, 0));
        assertEquals(2, block.rows());
        assertEquals(0x1000 + 65 * 32, block.addressOf(65));
    }

    /** The live demo's chunks, in the order they were added. */
    private static List<ChunkGeometry> demo() {
        return List.of(chunk(0, 0x4000_0000L, 32L << 20), chunk(1, 0x2000_0000L, 1 << 20),
                chunk(2, 0x1001_0000L, 64 * 1024 + 24), chunk(3, 0x1000_0000L, 16 * 1024));
    }

    private static ChunkGeometry chunk(int id, long start, long size) {
        return new ChunkGeometry(id, start, 0, size);
    }
}
