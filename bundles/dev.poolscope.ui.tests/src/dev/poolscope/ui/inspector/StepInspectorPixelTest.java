package dev.poolscope.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.Statement;
import dev.poolscope.model.explain.ThreadLine;
import dev.poolscope.model.explain.WordDiff;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.swt.ControlPixels;
import dev.poolscope.trace.scenario.Scenarios;

import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Step Inspector on a real SWT display, opened on the cross-word-rollback scenario: the sentence,
 * the highlighted pseudo-code lines (by state and by pixels) and the word's changed bits as drawn.
 */
class StepInspectorPixelTest {

    private Display display;
    private Shell shell;
    private StepInspector inspector;
    private ReplayModel model;

    @BeforeEach
    void open() throws Exception {
        model = ReplayModel.open(Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace());
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        inspector = new StepInspector(shell);
        shell.setSize(1000, 900);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void theFirstRollbackIsExplainedAndItsLineHighlighted() {
        inspector.show(model, model.next(Landmark.ROLLBACK, -1).orElseThrow());

        assertEquals("T0 rolls back: clearing bits 60..63 it had set", inspector.narrative());
        int rollbackLine = inspector.codeCanvas().code().lineOf(Statement.ROLLBACK).orElseThrow();
        int returnLine = inspector.codeCanvas().code().lineOf(Statement.ALLOC_RETURN).orElseThrow();
        assertEquals(List.of(new ThreadLine(0, rollbackLine), new ThreadLine(1, returnLine)),
                inspector.highlightedLines());

        Canvas canvas = inspector.codeCanvas().control();
        ImageData pixels = capture(canvas);
        int lineX = canvas.getClientArea().width - 4; // right of any text: only the band's fill
        RGB t0Band = rgb(InspectorColours.dimmed(InspectorColours.thread(0), 0.55f));
        RGB t1Band = rgb(InspectorColours.dimmed(InspectorColours.thread(1), 0.55f));
        assertEquals(t0Band, pixel(pixels, lineX, middle(inspector.codeCanvas().row(rollbackLine))));
        assertEquals(t1Band, pixel(pixels, lineX, middle(inspector.codeCanvas().row(returnLine))));
        assertEquals(rgb(InspectorColours.BACKGROUND),
                pixel(pixels, lineX, middle(inspector.codeCanvas().row(rollbackLine + 1))), "other lines stay dark");
    }

    @Test
    void changedBitsAreFramedAndHalfDoneBitsHatched() throws Exception {
        long rollback = model.next(Landmark.ROLLBACK, -1).orElseThrow();
        // the rollback's swap on word 0: bits 60..63 go from set to clear
        long clear = model.nextEventOf(0, model.nextEventOf(0, rollback).orElseThrow()).orElseThrow();
        inspector.show(model, clear);
        WordDiff diff = inspector.wordDiff().orElseThrow();
        assertEquals(0xfL << 60, diff.changed());

        WordCanvas word = inspector.wordCanvas();
        ImageData pixels = capture(word.control());
        RGB frame = rgb(InspectorColours.CHANGED);
        for (int bit = 56; bit < 64; bit++) {
            Rectangle square = word.square(1, bit);
            RGB edge = pixel(pixels, square.x - 1, square.y + square.height / 2);
            RGB centre = pixel(pixels, square.x + square.width / 2, square.y + square.height / 2);
            assertEquals(diff.isChanged(bit), edge.equals(frame), "frame of bit " + bit);
            assertEquals(rgb(diff.isSetAfter(bit) ? InspectorColours.BIT_SET : InspectorColours.BIT_FREE), centre,
                    "fill of bit " + bit);
        }
        Rectangle changed = word.square(0, 60);
        Rectangle unchanged = word.square(0, 59);
        assertNotEquals(pixel(pixels, changed.x - 1, changed.y + 2), pixel(pixels, unchanged.x - 1, unchanged.y + 2),
                "a changed bit must be drawn differently from an unchanged one");

        inspector.show(model, rollback);
        ImageData hatched = capture(word.control());
        Rectangle held = word.square(1, 61);
        long threadPixels = countColour(hatched, held, rgb(InspectorColours.thread(0)));
        assertTrue(threadPixels > 0, "bits of the half-done set are hatched in T0's hue");
        // T0's hue is also the set-bit fill: the hatching shows by its toned-down ground between the stripes
        RGB ground = rgb(InspectorColours.dimmed(InspectorColours.thread(0), 0.6f));
        assertTrue(countColour(hatched, held, ground) > 0, "the stripes lie on T0's toned-down hue");
        assertEquals(0, countColour(hatched, word.square(1, 59), ground), "a set bit of a finished allocation is not hatched");
        assertEquals(0, countColour(hatched, word.square(0, 61), ground), "the before row shows no half-done set");
    }

    private ImageData capture(Canvas canvas) {
        return ControlPixels.of(canvas);
    }

    /** Pixels near {@code colour}: the stripes are diagonal lines, which the graphics library may blend slightly at their edges. */
    private static long countColour(ImageData pixels, Rectangle area, RGB colour) {
        long count = 0;
        for (int x = area.x; x < area.x + area.width; x++) {
            for (int y = area.y; y < area.y + area.height; y++) {
                RGB p = pixel(pixels, x, y);
                boolean near = Math.abs(p.red - colour.red) < 24 && Math.abs(p.green - colour.green) < 24
                        && Math.abs(p.blue - colour.blue) < 24;
                count += near ? 1 : 0;
            }
        }
        return count;
    }

    private static int middle(Rectangle row) {
        return row.y + row.height / 2;
    }

    private static RGB pixel(ImageData pixels, int x, int y) {
        return pixels.palette.getRGB(pixels.getPixel(x, y));
    }

    private static RGB rgb(int value) {
        return new RGB((value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
    }
}
