package dev.poolscope.ui.heatgrid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.grid.GridLayout;
import dev.poolscope.model.holders.Holders;
import dev.poolscope.testkit.LabelledScript;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.ui.ThreadColours;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
 * The trace grid coloured by caller on a real SWT display, read back pixel by pixel, on a
 * hand-written labelled trace: 4 KiB of 32-byte units (128 bits, one a cell); units 0-7 set before
 * the trace; then dma 512 B (units 8-23), gpwork 64 B (24-25), an unlabelled 64 B by T0 (26-27). Over
 * the trace dma took most, then T0 and gpwork 64 B each (tied, by name: "T0" first).
 */
class CallerColoursPixelTest {

    private static final String DMA = "dma_alloc+0x5/0x40";
    private static final String GPWORK = "gpwork_run+0x127/0x1000[poolscope_gpwork]";

    private Display display;
    private Shell shell;
    private TraceGrid grid;

    @BeforeEach
    void openGrid() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        grid = new TraceGrid(shell, text -> { }, 0);
        shell.setSize(1000, 700);
        shell.open();
    }

    @AfterEach
    void closeGrid() {
        shell.dispose();
    }

    @Test
    void eachCallersBitsTakeItsColourTheStartStateIsNeutralAndTheLegendNamesThem() throws Exception {
        ReplayModel model = threeCallers();
        CallerColours colours = CallerColours.of(model);
        grid.setColourByCaller(true);
        grid.show(model, model.lastSeq());
        ImageData pixels = ControlPixels.of(grid.control());

        assertEquals(1, grid.block(0).bitsPerCell());
        Set<Integer> hues = Set.of(colours.rgb(0), colours.rgb(1), colours.rgb(2), CallerColours.BEFORE);
        assertEquals(4, hues.size(), "three callers and the start state, four colours");
        assertEquals(rgb(CallerColours.BEFORE), centre(pixels, 3), "set before the trace: neutral");
        assertEquals(rgb(colours.rgb(0)), centre(pixels, 10), "dma, the most over the trace: the first hue");
        assertEquals(rgb(colours.rgb(1)), centre(pixels, 26), "T0's unlabelled allocation: the second");
        assertEquals(rgb(colours.rgb(2)), centre(pixels, 24), "gpwork: the third");
        assertEquals(rgb(Palette.colours().free()), centre(pixels, 50), "a free bit");

        List<CellArt.LegendEntry> legend = grid.legend();
        assertEquals(List.of(new CellArt.LegendEntry(colours.rgb(0), "dma_alloc+0x5"),
                new CellArt.LegendEntry(colours.rgb(1), "T0"), new CellArt.LegendEntry(colours.rgb(2), "gpwork_run+0x127"),
                new CellArt.LegendEntry(CallerColours.BEFORE, Holders.BEFORE_THE_TRACE)), legend.subList(0, 4));
        assertEquals("free", legend.get(4).label(), "then the entries every trace has");
        for (int hue : List.of(colours.rgb(0), colours.rgb(1), colours.rgb(2))) {
            assertTrue(count(pixels, new Rectangle(0, 0, pixels.width, GridLayout.LEGEND), rgb(hue)) >= 100,
                    "the legend's square of " + Integer.toHexString(hue));
        }
    }

    @Test
    void offTheBitsTakeTheirThreadsHueAsBefore() throws Exception {
        ReplayModel model = threeCallers();
        grid.setColourByCaller(false);
        grid.show(model, model.lastSeq());
        ImageData pixels = ControlPixels.of(grid.control());
        assertEquals(rgb(ThreadColours.of(0)), centre(pixels, 24), "gpwork's bits, allocated by T0: T0's hue");
        assertEquals(rgb(Palette.UNKNOWN_OWNER), centre(pixels, 3));
        assertEquals("T0", grid.legend().get(0).label());
        assertTrue(grid.legend().stream().noneMatch(e -> e.label().equals(Holders.BEFORE_THE_TRACE)));

        grid.setColourByCaller(true);
        grid.show(model, model.lastSeq());
        assertNotEquals(rgb(ThreadColours.of(0)), centre(ControlPixels.of(grid.control()), 24), "on: gpwork's colour");
    }

    @Test
    void pastTheSixTopCallersEveryOtherSharesOneColour() throws Exception {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            labels.add("caller" + i + "+0x" + i + "/0x100");
        }
        LabelledScript script = new LabelledScript(labels).start();
        for (int i = 0; i < 8; i++) {
            script.alloc(32L * (8 - i), i); // caller i takes 8 - i units: caller0 the most
        }
        ReplayModel model = ReplayModel.open(script.trace());
        grid.setColourByCaller(true);
        grid.show(model, model.lastSeq());
        ImageData pixels = ControlPixels.of(grid.control());
        CallerColours colours = CallerColours.of(model);
        assertEquals(rgb(colours.rgb(0)), centre(pixels, 0));
        assertEquals(rgb(colours.rgb(5)), centre(pixels, 8 + 7 + 6 + 5 + 4), "caller5, the sixth");
        assertEquals(rgb(CallerColours.OTHER), centre(pixels, 8 + 7 + 6 + 5 + 4 + 3), "caller6: other callers");
        assertEquals(rgb(CallerColours.OTHER), centre(pixels, 8 + 7 + 6 + 5 + 4 + 3 + 2), "caller7: other callers");
        List<String> names = grid.legend().stream().map(CellArt.LegendEntry::label).collect(Collectors.toList());
        assertEquals(List.of("caller0+0x0", "caller1+0x1", "caller2+0x2", "caller3+0x3", "caller4+0x4", "caller5+0x5",
                "other callers", "free"), names.subList(0, 8), "no start state: no entry for it");
    }

    /** The hand-written trace of the class comment. */
    private static ReplayModel threeCallers() throws Exception {
        LabelledScript script = new LabelledScript(List.of(DMA, GPWORK));
        script.alloc(256);
        script.start();
        script.alloc(512, 0);
        script.alloc(64, 1);
        script.alloc(64);
        return ReplayModel.open(script.trace());
    }

    private RGB centre(ImageData pixels, long bit) {
        Rectangle square = grid.cellOnCanvas(0, bit);
        return pixel(pixels, square.x + square.width / 2, square.y + square.height / 2);
    }

    private static RGB pixel(ImageData pixels, int x, int y) {
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    private static long count(ImageData pixels, Rectangle area, RGB colour) {
        long n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                if (pixel(pixels, x, y).equals(colour)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static RGB rgb(int colour) {
        return new RGB((colour >> 16) & 0xff, (colour >> 8) & 0xff, colour & 0xff);
    }
}
