package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A single large chunk in a wide view: its overview block uses the view's width in both modes (a
 * 4 MiB chunk of 32-byte units, 131,072 bits, once took a 384-pixel block in a view three times wider).
 */
class OverviewFitTest {

    private static final long SIZE = 4L << 20;

    private Display display;
    private Shell shell;

    @BeforeEach
    void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 700);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void liveModeFillsTheWidth() {
        GenPool pool = GenPool.create(5);
        pool.addChunk(0x1000_0000L, 0, SIZE);
        pool.alloc(1920);
        LiveGrid grid = new LiveGrid(shell, pool, text -> { });
        shell.open();
        grid.refresh();
        assertFills(grid.control(), grid.layout().blocks().get(0));
    }

    @Test
    void traceModeFillsTheWidth() throws Exception {
        TraceHeader header = new TraceHeader(5, "mainline", "first_fit", List.of(new ChunkGeometry(0, 0x1000_0000L, 0, SIZE)),
                1, "hand-made", 0);
        TraceGrid grid = new TraceGrid(shell, text -> { }, 0);
        shell.open();
        List<Event> events = List.of(new Event(0, 0, 0, -1, EventKind.ALLOC_BEGIN, 1920, 60, 0, 0, 0),
                new Event(1, 0, 1, 0, EventKind.SEARCH, 0, 60, 0, 0, 0),
                new Event(2, 0, 2, 0, EventKind.CAS, 0, 0, (1L << 60) - 1, 0, 1),
                new Event(3, 0, 3, -1, EventKind.ALLOC_END, 1920, 0x1000_0000L, 0, 0, 0));
        grid.show(ReplayModel.open(new MemoryTrace(header, events)), 3);
        assertFills(grid.control(), grid.block(0));
    }

    /**
     * From the geometry and from the pixels: the second row's free cells run across most of the view
     * (the first holds the 1,920 B allocated), rows of whole words, all in view.
     */
    private static void assertFills(Canvas canvas, GridBlock block) {
        ImageData pixels = ControlPixels.of(canvas);
        int width = canvas.getClientArea().width;
        assertTrue(width > 1100, "a wide view: " + width);
        assertEquals(131_072, block.bitCount());
        assertTrue(block.bitsPerCell() < 64, "fewer bits a cell than at 64 cells a row: " + block.bitsPerCell());
        assertEquals(0, (long) block.columns() * block.bitsPerCell() % 64, "rows of whole words");
        assertTrue(block.bounds().width() > 0.9 * width, "the block is " + block.bounds().width() + " of " + width + " pixels");
        assertTrue(block.bounds().y() + block.bounds().height() <= canvas.getClientArea().height, "and in view: " + block.bounds());
        assertTrue(!canvas.getVerticalBar().isVisible() && !canvas.getHorizontalBar().isVisible(), "nothing to scroll");

        Box first = block.cell(block.columns());
        int y = first.y() + first.height() / 2;
        RGB free = rgb(Palette.colours().free());
        int freeCells = 0;
        int rightmost = -1;
        for (int x = 0; x < pixels.width; x += block.pitch()) {
            if (pixels.palette.getRGB(pixels.getPixel(x + first.x() % block.pitch() + first.width() / 2, y)).equals(free)) {
                freeCells++;
                rightmost = x;
            }
        }
        assertEquals(block.columns(), freeCells, "the second row's cells, painted free");
        assertTrue(rightmost > 0.85 * width, "free cells painted up to x = " + rightmost + " of " + width);
        Box last = block.cell(block.cellCount() - 1);
        RGB lastCell = pixels.palette.getRGB(pixels.getPixel(last.x() + last.width() / 2, last.y() + last.height() / 2));
        assertEquals(free, lastCell, "the chunk's last cell is painted, in view");
    }

    private static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
