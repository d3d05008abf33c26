package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.testkit.swt.ControlPixels;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heat grid on a real SWT display: the pixels painted for every cell must match the pool's
 * bitmap, counted here bit by bit; changed cells must glow; hover must name the cell's addresses.
 */
class HeatGridPixelTest {

    private Display display;
    private Shell shell;
    private GenPool pool;
    private Chunk small;
    private Chunk large;
    private HeatGrid grid;
    private final List<String> hovered = new ArrayList<>();

    @BeforeEach
    void openGrid() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        pool = GenPool.create(5);
        large = pool.addChunk(0x4000_0000L, 0, 32L << 20); // 2^20 bits: cells of many bits
        small = pool.addChunk(0x1000_0000L, 0, 4096);      // 128 bits: one bit per cell
        grid = new HeatGrid(shell, pool, hovered::add);
        shell.setSize(1000, 700);
        shell.open();
    }

    @AfterEach
    void closeGrid() {
        shell.dispose();
    }

    @Test
    void everyCellIsPaintedAsThePoolBitmapSays() {
        pool.alloc(3 * 32);             // small: bits 0..2
        long hole = pool.alloc(5 * 32); // small: bits 3..7
        pool.alloc(70 * 32);            // small: bits 8..77, across the word boundary
        pool.free(hole, 5 * 32);
        pool.alloc(100 * 32);           // small is too full: large, bits 0..99
        pool.alloc(3 * 1024 * 1024);    // large: a long run of whole cells
        ImageData pixels = paint();

        assertEquals(2, grid.blocks().size());
        assertEquals(1, block(small).grid().bitsPerCell());
        assertTrue(block(large).grid().bitsPerCell() > 64, "a million bits need grouped cells");
        for (HeatGrid.Block block : grid.blocks()) {
            assertCellsMatchBitmap(pixels, block, 0f);
        }
    }

    @Test
    void cellsThatChangedGlowAndTheOthersDoNot() {
        pool.alloc(10 * 32); // small: bits 0..9
        paint();
        pool.alloc(4 * 32);  // small: bits 10..13 change now
        ImageData pixels = paint();

        HeatGrid.Block block = block(small);
        for (int cell = 0; cell < 20; cell++) {
            RGB colour = pixelOf(pixels, block, cell);
            boolean changed = cell >= 10 && cell < 14;
            float heat = block.grid().heat(cell);
            assertEquals(changed, heat > 0.5f, "heat of cell " + cell);
            assertEquals(rgb(Palette.cell(cell < 14 ? 1 : 0, 1, heat)), colour, "cell " + cell);
        }
        assertNotEquals(pixelOf(pixels, block, 9), pixelOf(pixels, block, 10), "a hot cell must look different");
    }

    @Test
    void hoverNamesTheCellsBitsAndAddresses() {
        pool.alloc(64);
        paint();
        Rectangle cells = block(small).cells();
        String text = grid.describe(cells.x + GridImage.PITCH + 2, cells.y + 2); // bit 1
        assertEquals("chunk 1 · bit 1 · 0x10000020 – 0x1000003f · 1 of 1 bit allocated", text);
        assertEquals("", grid.describe(0, 0));
    }

    private HeatGrid.Block block(Chunk chunk) {
        return grid.blocks().stream().filter(b -> b.grid().chunk() == chunk).findFirst().orElseThrow();
    }

    /** Refreshes the grid and reads back what it paints. */
    private ImageData paint() {
        grid.refresh();
        return ControlPixels.of(grid.control());
    }

    /** Counts each cell's allocated bits from the bitmap itself and compares with the painted colour. */
    private void assertCellsMatchBitmap(ImageData pixels, HeatGrid.Block block, float heat) {
        ChunkGrid cells = block.grid();
        Chunk chunk = cells.chunk();
        for (int cell = 0; cell < cells.cellCount(); cell++) {
            long first = (long) cell * cells.bitsPerCell();
            int bits = (int) Math.min(cells.bitsPerCell(), chunk.bitCount() - first);
            int allocated = 0;
            for (long bit = first; bit < first + bits; bit++) {
                allocated += chunk.bitmap().isSet(bit) ? 1 : 0;
            }
            assertEquals(rgb(Palette.cell(allocated, bits, heat)), pixelOf(pixels, block, cell),
                    chunk + " cell " + cell + " (" + allocated + " of " + bits + " bits allocated)");
        }
    }

    private static RGB pixelOf(ImageData pixels, HeatGrid.Block block, int cell) {
        Rectangle cells = block.cells();
        int x = cells.x + (cell % ChunkGrid.COLUMNS) * GridImage.PITCH + GridImage.PITCH / 2;
        int y = cells.y + (cell / ChunkGrid.COLUMNS) * GridImage.PITCH + GridImage.PITCH / 2;
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    private static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
