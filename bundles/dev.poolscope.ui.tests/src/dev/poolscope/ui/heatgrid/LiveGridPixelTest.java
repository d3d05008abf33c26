package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.model.grid.Box;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.LiveCellCounts;
import dev.poolscope.testkit.swt.ControlPixels;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heat grid in live mode on a real SWT display: the pixels painted for every cell must match the pool's
 * bitmap, counted here bit by bit; changed cells must glow; hover must name the cell's addresses.
 */
class LiveGridPixelTest {

    private Display display;
    private Shell shell;
    private GenPool pool;
    private Chunk small;
    private Chunk large;
    private LiveGrid grid;
    private final List<String> hovered = new ArrayList<>();

    @BeforeEach
    void openGrid() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        pool = GenPool.create(5);
        large = pool.addChunk(0x4000_0000L, 0, 32L << 20); // 2^20 bits: cells of many bits
        small = pool.addChunk(0x1000_0000L, 0, 4096);      // 128 bits: one bit per cell
        grid = new LiveGrid(shell, pool, hovered::add);
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

        assertEquals(2, grid.layout().blocks().size());
        assertEquals(1, block(small).bitsPerCell());
        assertTrue(block(large).bitsPerCell() > 64, "a million bits need grouped cells");
        for (GridBlock block : grid.layout().blocks()) {
            assertCellsMatchBitmap(pixels, block, 0f);
        }
    }

    @Test
    void cellsThatChangedGlowAndTheOthersDoNot() {
        pool.alloc(10 * 32); // small: bits 0..9
        paint();
        pool.alloc(4 * 32);  // small: bits 10..13 change now
        ImageData pixels = paint();

        GridBlock block = block(small);
        for (int cell = 0; cell < 20; cell++) {
            RGB colour = pixelOf(pixels, block, cell);
            boolean changed = cell >= 10 && cell < 14;
            float heat = grid.counts(block).heat(cell);
            assertEquals(changed, heat > 0.5f, "heat of cell " + cell);
            assertEquals(rgb(Palette.cell(cell < 14 ? 1 : 0, 1, heat)), colour, "cell " + cell);
        }
        assertNotEquals(pixelOf(pixels, block, 9), pixelOf(pixels, block, 10), "a hot cell must look different");
    }

    @Test
    void hoverNamesTheCellsBitsAndAddresses() {
        pool.alloc(64);
        paint();
        Box cells = block(small).cells();
        String text = grid.describe(cells.x() + block(small).pitch() + 2, cells.y() + 2); // bit 1
        assertEquals("chunk 1 bit 1 (0x10000020): allocated", text, "as trace mode says it");
        assertEquals("", grid.describe(0, 0));
        Box wide = block(large).cell(1);
        int bits = block(large).bitsPerCell();
        assertEquals(String.format("chunk 0 bits %d–%d (0x%x – 0x%x): 0 of %,d allocated", bits, 2 * bits - 1,
                0x4000_0000L + bits * 32L, 0x4000_0000L + 2 * bits * 32L - 1, bits), grid.describe(wide.x() + 1, wide.y() + 1),
                "a grouped cell: its bits and addresses, both ends inclusive");
    }

    private GridBlock block(Chunk chunk) {
        return grid.layout().blocks().stream().filter(b -> b.geometry().id() == chunk.id()).findFirst().orElseThrow();
    }

    /** Refreshes the grid and reads back what it paints. */
    private ImageData paint() {
        grid.refresh();
        return ControlPixels.of(grid.control());
    }

    /** Counts each cell's allocated bits from the bitmap itself and compares with the painted colour. */
    private void assertCellsMatchBitmap(ImageData pixels, GridBlock block, float heat) {
        LiveCellCounts cells = grid.counts(block);
        Chunk chunk = cells.chunk();
        for (int cell = 0; cell < block.cellCount(); cell++) {
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

    private static RGB pixelOf(ImageData pixels, GridBlock block, int cell) {
        Box square = block.cell(cell);
        return pixels.palette.getRGB(pixels.getPixel(square.x() + square.width() / 2, square.y() + square.height() / 2));
    }

    private static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
