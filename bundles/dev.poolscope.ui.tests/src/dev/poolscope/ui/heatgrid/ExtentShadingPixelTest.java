package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.poolscope.core.GenPool;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.grid.Box;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

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
 * The extent overlay in both modes, read back pixel by pixel on one chunk of 128 bits whose free
 * extents are bit 5 alone (class 0) and bits 40..127 (88 bits, class 6): each free cell takes its
 * extent's class colour, allocated cells keep the mode's colour, and off the overlay paints nothing.
 */
class ExtentShadingPixelTest {

    /** Word 0 of the chunk: all allocated but bit 5 and bits 40..63; word 1 all free. */
    private static final long WORD0 = ~((1L << 5) | (0xff_ffffL << 40));

    private Display display;
    private Shell shell;

    @BeforeEach
    void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 700);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void traceModeShadesEachFreeCellByItsExtentsClass() throws Exception {
        TraceHeader header = new TraceHeader(5, "mainline", "first_fit",
                List.of(new ChunkGeometry(0, 0x1000_0000L, 0, 4096)), 1, "hand-made", 0);
        List<Event> events = List.of(new Event(0, 0, 0, -1, EventKind.ALLOC_BEGIN, 32 * 5, 5, 0, 0, 0),
                new Event(1, 0, 1, 0, EventKind.CAS, 0, 0, WORD0, 0, 1),
                new Event(2, 0, 2, -1, EventKind.ALLOC_END, 32 * 5, 0x1000_0000L, 0, 0, 0));
        TraceGrid grid = new TraceGrid(shell, text -> { }, 0);
        shell.open();
        grid.show(ReplayModel.open(new MemoryTrace(header, events)), 2);
        ImageData plain = ControlPixels.of(grid.control());
        grid.setExtentShading(true);
        ImageData shaded = ControlPixels.of(grid.control());

        assertShading(plain, shaded, grid.block(0));
    }

    @Test
    void liveModeShadesEachFreeCellByItsExtentsClass() {
        GenPool pool = GenPool.create(5);
        pool.addChunk(0x1000_0000L, 0, 4096);
        pool.alloc(5 * 32);                  // bits 0..4
        long single = pool.alloc(32);        // bit 5
        pool.alloc(34 * 32);                 // bits 6..39
        pool.free(single, 32);               // bit 5 alone is free; 40..127 free after it
        LiveGrid grid = new LiveGrid(shell, pool, text -> { });
        shell.open();
        grid.refresh();
        ImageData plain = ControlPixels.of(grid.control());
        grid.setExtentShading(true);
        grid.refresh();
        ImageData shaded = ControlPixels.of(grid.control());

        assertShading(plain, shaded, grid.layout().block(0));
    }

    private static void assertShading(ImageData plain, ImageData shaded, GridBlock block) {
        assertEquals(1, block.bitsPerCell(), "128 bits: a cell per bit");
        assertEquals(rgb(Palette.colours().free()), centre(plain, block, 5), "off: a free cell is plain free");
        assertEquals(rgb(Palette.extent(0)), centre(shaded, block, 5), "bit 5, an extent of 1: class 0's colour");
        for (int bit : new int[] {40, 63, 64, 100, 127}) {
            assertEquals(rgb(Palette.extent(6)), centre(shaded, block, bit), "bit " + bit + ", in the extent of 88: class 6");
        }
        assertNotEquals(Palette.extent(0), Palette.extent(6), "the ramp tells the classes apart");
        for (int bit : new int[] {0, 4, 6, 39}) {
            assertEquals(centre(plain, block, bit), centre(shaded, block, bit), "allocated bit " + bit + " keeps its colour");
        }
    }

    private static RGB centre(ImageData pixels, GridBlock block, int cell) {
        Box square = block.cell(cell);
        return pixels.palette.getRGB(pixels.getPixel(square.x() + square.width() / 2, square.y() + square.height() / 2));
    }

    private static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
