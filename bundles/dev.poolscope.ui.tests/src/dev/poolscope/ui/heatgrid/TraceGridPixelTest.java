package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.grid.GridLayout;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.testkit.swt.UiEvents;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.ThreadColours;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trace grid on a real SWT display with the cross-word-rollback scenario, read back pixel by
 * pixel: owners' hues, the hatched and red-outlined bits of the rollback, the framed contested word,
 * the marked changed bits; zoom by Ctrl+wheel and keys; hover naming the owner.
 */
class TraceGridPixelTest {

    private Display display;
    private Shell shell;
    private ReplayModel model;
    private TraceGrid grid;
    private final List<String> hovered = new ArrayList<>();

    @BeforeEach
    void openGrid() throws Exception {
        model = ReplayModel.open(Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace());
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        grid = new TraceGrid(shell, hovered::add, 0); // no flash: each test reads the settled picture
        shell.setSize(1000, 700);
        shell.open();
    }

    @AfterEach
    void closeGrid() {
        shell.dispose();
    }

    @Test
    void atTheRollbackOwnersHalfDoneBitsAndTheContestedWordAreDrawn() {
        long rollback = model.next(Landmark.ROLLBACK, -1).orElseThrow();
        grid.show(model, rollback);
        ImageData pixels = ControlPixels.of(grid.control());

        assertEquals(1, grid.block(0).bitsPerCell(), "128 bits: one bit per cell in the overview");
        assertEquals(rgb(ThreadColours.of(0)), centre(pixels, 10), "T0's finished allocation: T0's hue");
        assertEquals(rgb(ThreadColours.of(1)), centre(pixels, 65), "T1's allocation: T1's hue");
        assertEquals(rgb(Palette.colours().free()), centre(pixels, 100), "a free bit");
        for (long bit = 60; bit < 64; bit++) {
            Rectangle square = grid.cellOnCanvas(0, bit);
            assertEquals(rgb(Palette.ROLLBACK), pixel(pixels, square.x, square.y + square.height / 2),
                    "bit " + bit + " is being rolled back: red outline");
            Rectangle inside = new Rectangle(square.x + 1, square.y + 1, square.width - 2, square.height - 2);
            assertTrue(count(pixels, inside, rgb(ThreadColours.of(0))) > 0, "stripes in T0's hue in bit " + bit);
            assertTrue(count(pixels, inside, rgb(Palette.hatchGround(ThreadColours.of(0)))) > 0,
                    "the toned-down ground between the stripes in bit " + bit);
        }
        Rectangle plain = grid.cellOnCanvas(0, 59);
        assertEquals(0, count(pixels, plain, rgb(Palette.ROLLBACK)), "a finished allocation is not outlined");
        assertEquals(0, count(pixels, plain, rgb(Palette.hatchGround(ThreadColours.of(0)))), "nor hatched");

        Rectangle lost = grid.cellOnCanvas(0, 64);
        assertTrue(framed(pixels, lost), "word 1, where T0's set lost, is framed");
        assertTrue(!framed(pixels, grid.cellOnCanvas(0, 0)), "word 0 is not framed");
        assertEquals(0, count(pixels, new Rectangle(0, 0, pixels.width, pixels.height), rgb(Palette.CHANGED))
                - legendChangedPixels(pixels), "the ROLLBACK event changes no bit");
    }

    @Test
    void theBitsTheCurrentEventChangedCarryABrightMark() throws Exception {
        long rollback = model.next(Landmark.ROLLBACK, -1).orElseThrow();
        long clear = model.nextEventOf(0, model.nextEventOf(0, rollback).orElseThrow()).orElseThrow();
        grid.show(model, clear);
        ImageData pixels = ControlPixels.of(grid.control());

        for (long bit = 56; bit < 68; bit++) {
            boolean changed = bit >= 60 && bit < 64;
            assertEquals(changed, centre(pixels, bit).equals(rgb(Palette.CHANGED)), "mark of bit " + bit);
        }
        Rectangle cleared = grid.cellOnCanvas(0, 61);
        assertEquals(rgb(Palette.colours().free()), pixel(pixels, cleared.x, cleared.y), "cleared: free around the mark");
    }

    @Test
    void aStepFlashesTheChangedCellsWholeAndTheFlashSettlesOnTheMark() throws Exception {
        grid.control().dispose();
        grid = new TraceGrid(shell, text -> { }, 2000); // long: a loaded machine may take a while to print the first frame
        shell.layout();
        long rollback = model.next(Landmark.ROLLBACK, -1).orElseThrow();
        long clear = model.nextEventOf(0, model.nextEventOf(0, rollback).orElseThrow()).orElseThrow();
        grid.show(model, clear);
        ImageData during = ControlPixels.of(grid.control());
        Rectangle changed = grid.cellOnCanvas(0, 61);
        Rectangle unchanged = grid.cellOnCanvas(0, 59);
        RGB free = rgb(Palette.colours().free());
        RGB corner = pixel(during, changed.x, changed.y);
        assertTrue(corner.red > free.red + 100 && corner.green > free.green + 100,
                "right after the step the whole cell of a changed bit is bright: " + corner);

        UiEvents.until(() -> grid.flash() == 0, "the flash to fade");
        ImageData after = ControlPixels.of(grid.control());
        assertEquals(free, pixel(after, changed.x, changed.y), "the flash has faded: the cell is free again");
        assertEquals(rgb(Palette.CHANGED), centre(after, 61), "and the mark stays while the event is current");
        assertEquals(pixel(after, unchanged.x, unchanged.y), pixel(during, unchanged.x, unchanged.y),
                "an unchanged cell does not flash");
    }

    @Test
    void hoverNamesTheOwnerOfTheBit() {
        long rollback = model.next(Landmark.ROLLBACK, -1).orElseThrow();
        grid.show(model, rollback);
        ControlPixels.of(grid.control());
        long allocated = model.allocations().get(0).setSeq();

        assertEquals(String.format("chunk 0 bit 10 (0x10000140): T0 alloc 1,920 B at 0x10000000, allocated at event %,d",
                allocated), describe(10));
        assertEquals("chunk 0 bit 61 (0x100007a0): being set by T0, half-done (alloc 256 B at 0x10000780); the set"
                + " lost and a rollback is clearing it", describe(61));
        assertEquals("chunk 0 bit 100 (0x10000c80): free · word 1 is contested", describe(100));
        assertTrue(describe(66).startsWith("chunk 0 bit 66 (0x10000840): T1 alloc 128 B at 0x10000800"), describe(66));
        assertTrue(describe(66).endsWith(" · word 1 is contested"), describe(66));

        Rectangle square = grid.cellOnCanvas(0, 100);
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = square.x + 2;
        move.y = square.y + 2;
        grid.control().notifyListeners(SWT.MouseMove, move);
        assertEquals("chunk 0 bit 100 (0x10000c80): free · word 1 is contested", hovered.get(hovered.size() - 1));
    }

    @Test
    void ctrlWheelZoomsIntoLargerCells() {
        grid.show(model, model.next(Landmark.ROLLBACK, -1).orElseThrow());
        ControlPixels.of(grid.control());
        Rectangle before = grid.cellOnCanvas(0, 61);
        assertEquals(GridLayout.PITCHES[1] - 1, before.width, "128 bits in 1000 pixels: the overview's cells are larger");
        org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
        wheel.x = before.x + 2;
        wheel.y = before.y + 2;
        wheel.count = 3;
        wheel.stateMask = SWT.MOD1;
        grid.control().notifyListeners(SWT.MouseWheel, wheel);

        assertEquals(1, grid.zoom());
        Rectangle after = grid.cellOnCanvas(0, 61);
        assertEquals(GridLayout.PITCHES[2] - 1, after.width, "one bit per cell already: the cells grow");
        assertTrue(grid.control().getClientArea().contains(after.x, after.y), "bit 61 stays in view, now at " + after);
        ImageData pixels = ControlPixels.of(grid.control());
        assertEquals(rgb(Palette.ROLLBACK), pixel(pixels, after.x, after.y + after.height / 2));
    }

    @Test
    void keysZoomALargeChunkDownToSingleBitsAndScroll() throws Exception {
        // one chunk of 2^22 bits (in the overview, which fills the width, 2^20 would be only a word a cell);
        // T0 allocates bits 0..63
        TraceHeader header = new TraceHeader(5, "mainline", "first_fit",
                List.of(new ChunkGeometry(0, 0x4000_0000L, 0, 128L << 20)), 1, "hand-made", 0);
        List<Event> events = List.of(new Event(0, 0, 0, -1, EventKind.ALLOC_BEGIN, 2048, 64, 0, 0, 0),
                new Event(1, 0, 1, 0, EventKind.SEARCH, 0, 64, 0, 0, 0),
                new Event(2, 0, 2, 0, EventKind.CAS, 0, 0, -1, 0, 1),
                new Event(3, 0, 3, -1, EventKind.ALLOC_END, 2048, 0x4000_0000L, 0, 0, 0));
        grid.show(ReplayModel.open(new MemoryTrace(header, events)), 3);
        ControlPixels.of(grid.control());
        int overview = grid.block(0).bitsPerCell();
        assertTrue(overview > 64, "four million bits need groups of words, got " + overview);

        int steps = 0;
        for (int bits = overview; bits > 1; bits /= 2) {
            press('+');
            steps++;
            assertEquals(bits / 2, grid.block(0).bitsPerCell(), "after " + steps + " steps in");
            assertEquals(GridLayout.PITCHES[0], grid.block(0).pitch());
        }
        press('+');
        assertEquals(1, grid.block(0).bitsPerCell());
        assertEquals(GridLayout.PITCHES[1] - 1, grid.cellOnCanvas(0, 0).width);
        assertTrue(grid.control().getVerticalBar().isVisible(), "a million rows of cells scroll");
        scrollToTop(); // the keys kept the middle of the view, deep in the chunk, in place
        Rectangle pointed = grid.cellOnCanvas(0, 64 * 20 + 5);
        org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
        wheel.x = pointed.x + 1;
        wheel.y = pointed.y + 1;
        wheel.count = 1;
        wheel.stateMask = SWT.MOD1;
        grid.control().notifyListeners(SWT.MouseWheel, wheel);
        assertEquals(GridLayout.PITCHES[2] - 1, grid.cellOnCanvas(0, 0).width);
        assertTrue(grid.cellOnCanvas(0, 64 * 20 + 5).contains(wheel.x, wheel.y), "the bit under the mouse stays there");
        wheel.count = -1;
        grid.control().notifyListeners(SWT.MouseWheel, wheel);
        ImageData pixels = ControlPixels.of(grid.control());
        Rectangle first = grid.cellOnCanvas(0, 0);
        assertEquals(rgb(ThreadColours.of(0)), pixel(pixels, first.x + first.width / 2, first.y + first.height / 2));
        press('-');
        assertEquals(1, grid.block(0).bitsPerCell());
        assertEquals(GridLayout.PITCHES[0], grid.block(0).pitch());
        grid.zoomBy(-100, Optional.empty());
        assertEquals(overview, grid.block(0).bitsPerCell(), "back to the overview");
    }

    /** Drags the vertical scroll bar to the top, as a user would. */
    private void scrollToTop() {
        ScrollBar bar = grid.control().getVerticalBar();
        bar.setSelection(0);
        bar.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    private void press(char character) {
        org.eclipse.swt.widgets.Event key = new org.eclipse.swt.widgets.Event();
        key.character = character;
        grid.control().notifyListeners(SWT.KeyDown, key);
    }

    private String describe(long bit) {
        Rectangle square = grid.cellOnCanvas(0, bit);
        return grid.describe(square.x + 1, square.y + 1);
    }

    /** Whether a bright frame runs just left of the cell (in the gap and margin beside its row). */
    private static boolean framed(ImageData pixels, Rectangle cell) {
        int y = cell.y + cell.height / 2;
        for (int x = cell.x - 3; x < cell.x; x++) {
            if (pixel(pixels, x, y).equals(rgb(Palette.CONTESTED))) {
                return true;
            }
        }
        return false;
    }

    /** The legend's sample of the changed colour: the only changed-coloured pixels when no bit changed. */
    private static long legendChangedPixels(ImageData pixels) {
        return count(pixels, new Rectangle(0, 0, pixels.width, GridLayout.LEGEND), rgb(Palette.CHANGED));
    }

    private RGB centre(ImageData pixels, long bit) {
        Rectangle square = grid.cellOnCanvas(0, bit);
        return pixel(pixels, square.x + square.width / 2, square.y + square.height / 2);
    }

    private static long count(ImageData pixels, Rectangle area, RGB colour) {
        long count = 0;
        for (int x = area.x; x < area.x + area.width; x++) {
            for (int y = area.y; y < area.y + area.height; y++) {
                count += pixel(pixels, x, y).equals(colour) ? 1 : 0;
            }
        }
        return count;
    }

    private static RGB pixel(ImageData pixels, int x, int y) {
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    private static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
