package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.grid.Box;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridText;
import dev.poolscope.model.pools.PoolFigures;
import dev.poolscope.model.pools.PoolRows;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the Heat Grid prints in live and trace mode about the same chunks, on a German desktop: one
 * address range (the Pools view's, last byte inclusive), one byte size, digits grouped the same way.
 */
class GridWordsTest {

    private static final long START = 0x1000_0000L;
    private static final long SIZE = 64 * 1024 + 24; // 2,048 whole units and a tail

    private Locale before;
    private Display display;
    private Shell shell;

    @BeforeEach
    void openShell() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 700);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
        Locale.setDefault(before);
    }

    @Test
    void liveAndTraceModeAndThePoolsViewWriteAChunkAlike() throws Exception {
        GenPool pool = GenPool.create(5);
        Chunk chunk = pool.addChunk(START, 0, SIZE);
        pool.alloc(1920); // bits 0..59
        LiveGrid live = new LiveGrid(shell, pool, text -> { });
        shell.open();
        live.refresh();
        ControlPixels.of(live.control());
        GridBlock liveBlock = live.layout().blocks().get(0);
        String liveTitle = GridText.title(liveBlock);
        String liveFigures = GridText.figures(liveBlock, live.counts(liveBlock).allocated());
        String liveHover = describe(live.layout().blocks().get(0), 10, live::describe);
        live.control().dispose();

        TraceGrid trace = new TraceGrid(shell, text -> { }, 0);
        shell.layout();
        trace.show(ReplayModel.open(oneAllocation()), 3);
        ControlPixels.of(trace.control());
        GridBlock traceBlock = trace.block(0);

        String range = PoolRows.of(PoolFigures.of("demo", pool).chunks().get(0)).get(1);
        assertEquals("0x10000000 – 0x10010017", range, "the Pools view: the last byte, tail included");
        assertEquals("chunk 0   " + range, liveTitle);
        assertEquals(liveTitle, GridText.title(traceBlock), "trace mode titles the chunk as live mode does");
        assertEquals("65,560 B, 2,048 bits of 32 B · 3% allocated · 1 cell = 1 bit", liveFigures);
        assertEquals(liveFigures, GridText.figures(traceBlock, trace.bitmap().setBits(0, 0, traceBlock.bitCount())));
        assertEquals("chunk 0 bit 10 (0x10000140): allocated", liveHover);
        Rectangle bit10 = trace.cellOnCanvas(0, 10);
        assertEquals("chunk 0 bit 10 (0x10000140): T0 alloc 1,920 B at 0x10000000, allocated at event 2",
                trace.describe(bit10.x + 1, bit10.y + 1));
        assertEquals(chunk.bitCount(), traceBlock.bitCount());
    }

    /** Hovers the cell of {@code bit} through {@code describe}. */
    private static String describe(GridBlock block, long bit, Describer describe) {
        Box square = block.cell(block.cellOf(bit));
        return describe.at(square.x() + 1, square.y() + 1);
    }

    private interface Describer {
        String at(int x, int y);
    }

    /** T0 allocates 1,920 B at the chunk's start: bits 0..59 of word 0. */
    private static MemoryTrace oneAllocation() {
        TraceHeader header = new TraceHeader(5, "mainline", "first_fit", List.of(new ChunkGeometry(0, START, 0, SIZE)), 1,
                "hand-made", 0);
        return new MemoryTrace(header, List.of(new Event(0, 0, 0, -1, EventKind.ALLOC_BEGIN, 1920, 60, 0, 0, 0),
                new Event(1, 0, 1, 0, EventKind.SEARCH, 0, 60, 0, 0, 0),
                new Event(2, 0, 2, 0, EventKind.CAS, 0, 0, (1L << 60) - 1, 0, 1),
                new Event(3, 0, 3, -1, EventKind.ALLOC_END, 1920, START, 0, 0, 0)));
    }
}
