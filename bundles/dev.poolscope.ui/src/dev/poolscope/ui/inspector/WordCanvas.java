package dev.poolscope.ui.inspector;

import static dev.poolscope.ui.inspector.InspectorColours.colour;

import dev.poolscope.model.explain.WordDiff;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The word an event touches, as two rows of 64 small squares, bit 0 at the left as in the heat grid:
 * before (or expected) above, after (or found) below. Set bits are filled, free bits dark; a bit the
 * event changed has a bright frame in both rows; a bit of the thread's half-done set is hatched in the
 * thread's hue, in the after row.
 */
final class WordCanvas {

    static final int LABEL_WIDTH = 72;
    /** Room above the squares for the word's name and the bit numbers. */
    static final int TOP = 36;
    private static final int LEGEND_HEIGHT = 22;
    private static final int MAX_PITCH = 13;
    /** The smallest square that still shows a frame and stripes. */
    private static final int MIN_PITCH = 11;
    private static final int ROW_GAP = 8;
    /** Extra pixels between groups of eight bits, so that bits can be counted as in the text rendering. */
    private static final int BYTE_GAP = 3;

    private final Canvas canvas;
    private Optional<WordDiff> diff = Optional.empty();
    private int hue;

    WordCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(colour(InspectorColours.BACKGROUND));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** Shows {@code diff} (nothing when empty), hatching half-done bits in {@code threadHue}. */
    void show(Optional<WordDiff> diff, int threadHue) {
        this.diff = diff;
        this.hue = threadHue;
        canvas.redraw();
    }

    Optional<WordDiff> diff() {
        return diff;
    }

    /**
     * Bits on one line of squares: all 64 when they fit at a readable size, else 32, so that in a
     * narrow view each value takes two lines instead of shrinking to dots.
     */
    int bitsPerLine() {
        return fittingPitch(Long.SIZE) >= MIN_PITCH ? Long.SIZE : Long.SIZE / 2;
    }

    /** Pixels from one bit's square to the next: as large as the width allows, within limits. */
    int pitch() {
        return Math.max(MIN_PITCH, fittingPitch(bitsPerLine()));
    }

    private int fittingPitch(int bits) {
        int width = canvas.getClientArea().width - LABEL_WIDTH - (bits / 8 - 1) * BYTE_GAP - 4;
        return Math.min(MAX_PITCH, width / bits);
    }

    /** The square of {@code bit} in row 0 (before) or 1 (after). */
    Rectangle square(int row, int bit) {
        int pitch = pitch();
        int perLine = bitsPerLine();
        int column = bit % perLine;
        int line = row * (Long.SIZE / perLine) + bit / perLine;
        int x = LABEL_WIDTH + column * pitch + (column / 8) * BYTE_GAP;
        int y = TOP + line * pitch + row * ROW_GAP;
        return new Rectangle(x, y, pitch - 2, pitch - 2);
    }

    Point preferredSize() {
        return new Point(LABEL_WIDTH + Long.SIZE * MAX_PITCH + 7 * BYTE_GAP + 8,
                TOP + 4 * MAX_PITCH + ROW_GAP + LEGEND_HEIGHT);
    }

    private void paint(GC gc) {
        gc.setForeground(colour(InspectorColours.TEXT_DIM));
        if (diff.isEmpty()) {
            gc.drawText("This event touches no bitmap word.", 4, TOP, true);
            return;
        }
        WordDiff word = diff.get();
        gc.drawText("word " + word.word() + " of chunk " + word.chunk() + ": bits " + word.word() * Long.SIZE + ".."
                + (word.word() * Long.SIZE + Long.SIZE - 1) + ", bit 0 of the word at the left", 4, 0, true);
        for (int bit = 0; bit < bitsPerLine(); bit += 8) {
            gc.drawText("+" + bit, square(0, bit).x, TOP / 2, true);
        }
        paintRow(gc, 0, word.beforeLabel(), word.before(), word);
        paintRow(gc, 1, word.afterLabel(), word.after(), word);
        paintLegend(gc, square(1, Long.SIZE - 1).y + pitch() + 4);
    }

    /** What the frame and the hatching mean, drawn with the same marks, so that nothing rests on colour alone. */
    private void paintLegend(GC gc, int y) {
        Rectangle sample = new Rectangle(LABEL_WIDTH, y + 3, pitch() - 2, pitch() - 2);
        gc.setBackground(colour(InspectorColours.BIT_FREE));
        gc.fillRectangle(sample);
        frame(gc, sample);
        gc.setForeground(colour(InspectorColours.TEXT_DIM));
        int x = sample.x + sample.width + 6;
        gc.drawText("changed by this event", x, y, true);
        Rectangle hatched = new Rectangle(x + gc.textExtent("changed by this event").x + 16, sample.y, sample.width,
                sample.height);
        gc.setBackground(colour(InspectorColours.BIT_SET));
        gc.fillRectangle(hatched);
        hatch(gc, hatched);
        gc.setForeground(colour(InspectorColours.TEXT_DIM));
        gc.drawText("half-done set (a rollback would clear it)", hatched.x + hatched.width + 6, y, true);
    }

    private void paintRow(GC gc, int row, String label, long value, WordDiff word) {
        Rectangle first = square(row, 0);
        gc.setForeground(colour(InspectorColours.TEXT));
        gc.drawText(label, 4, first.y - 2, true);
        for (int bit = 0; bit < Long.SIZE; bit++) {
            Rectangle square = square(row, bit);
            boolean set = (value >>> bit & 1) != 0;
            gc.setBackground(colour(set ? InspectorColours.BIT_SET : InspectorColours.BIT_FREE));
            gc.fillRectangle(square);
            // the half-done set is the thread's state after the event: marking it in the row before would say
            // the bits were held before they were set
            if (row == 1 && word.isHalfDone(bit)) {
                hatch(gc, square);
            }
            if (word.isChanged(bit)) {
                frame(gc, square);
            }
        }
    }

    private static void frame(GC gc, Rectangle square) {
        gc.setForeground(colour(InspectorColours.CHANGED));
        gc.setLineWidth(2);
        gc.drawRectangle(square.x - 1, square.y - 1, square.width + 1, square.height + 1);
        gc.setLineWidth(1);
    }

    /**
     * Diagonal stripes in the thread's hue on a toned-down ground of the same hue, clipped to the
     * square: stripes over the set-bit blue would blend, to the eye, into a grey that names no thread.
     */
    private void hatch(GC gc, Rectangle square) {
        gc.setBackground(colour(InspectorColours.dimmed(hue, 0.6f)));
        gc.fillRectangle(square);
        gc.setClipping(square);
        gc.setAntialias(SWT.OFF); // crisp one-pixel stripes in the exact hue, not blends that read as a flat tint
        try {
            gc.setForeground(colour(hue));
            for (int offset = -square.height; offset < square.width; offset += 3) {
                gc.drawLine(square.x + offset, square.y + square.height, square.x + offset + square.height, square.y);
            }
        } finally {
            gc.setAntialias(SWT.DEFAULT);
            gc.setClipping((Rectangle) null);
        }
    }
}
