package dev.poolscope.ui.inspector;

import static dev.poolscope.ui.inspector.InspectorColours.colour;

import dev.poolscope.model.explain.CodeLine;
import dev.poolscope.model.explain.PseudoCode;
import dev.poolscope.model.explain.ThreadLine;

import java.util.List;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The pseudo-code listing, one row per line, with each thread's current line filled in a toned-down
 * form of the thread's hue and marked "T1 ▶" in the gutter, so that the highlight does not rely on
 * colour alone. Threads on the same line share its row: each gets a band of it.
 */
final class CodeCanvas {

    /** Width of the gutter holding the thread markers. */
    static final int GUTTER = 84;
    private static final int NUMBER_WIDTH = 28;

    private final Canvas canvas;
    private PseudoCode code;
    private List<ThreadLine> current = List.of();

    private final ScrolledComposite scroller;

    /** The listing scrolls: in the workbench the inspector is a narrow view at the right. */
    CodeCanvas(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        scroller.setContent(canvas);
        scroller.setBackground(colour(InspectorColours.BACKGROUND));
        canvas.setBackground(colour(InspectorColours.BACKGROUND));
        canvas.setFont(JFaceResources.getTextFont());
        canvas.addPaintListener(e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    /** The scrolling control that holds the listing: the one to lay out. */
    ScrolledComposite container() {
        return scroller;
    }

    /** Shows {@code code} with each thread's current line, scrolling {@code thread}'s line into view. */
    void show(PseudoCode code, List<ThreadLine> current, int thread) {
        this.code = code;
        this.current = List.copyOf(current);
        scroller.setMinSize(preferredSize());
        current.stream().filter(line -> line.thread() == thread).findFirst().ifPresent(this::reveal);
        canvas.redraw();
    }

    /** Scrolls the listing so that {@code line} is in view, a third of the way down, unless it already is. */
    private void reveal(ThreadLine line) {
        Rectangle row = row(line.line());
        int visible = scroller.getClientArea().height;
        Point origin = scroller.getOrigin();
        if (row.y < origin.y || row.y + row.height > origin.y + visible) {
            scroller.setOrigin(origin.x, Math.max(0, row.y - visible / 3));
        }
    }

    PseudoCode code() {
        return code;
    }

    List<ThreadLine> current() {
        return current;
    }

    int rowHeight() {
        GC gc = new GC(canvas);
        try {
            return gc.getFontMetrics().getHeight() + 2;
        } finally {
            gc.dispose();
        }
    }

    /** The row of line {@code number} of the listing, gutter included. */
    Rectangle row(int number) {
        int index = 0;
        while (code.lines().get(index).number() != number) {
            index++;
        }
        int height = rowHeight();
        return new Rectangle(0, index * height, canvas.getClientArea().width, height);
    }

    Point preferredSize() {
        int lines = code == null ? 40 : code.lines().size();
        return new Point(GUTTER + NUMBER_WIDTH + 420, lines * rowHeight());
    }

    private void paint(GC gc) {
        if (code == null) {
            return;
        }
        int height = rowHeight();
        for (int index = 0; index < code.lines().size(); index++) {
            CodeLine line = code.lines().get(index);
            int y = index * height;
            List<ThreadLine> here = current.stream().filter(t -> t.line() == line.number() && !line.isHeading()).toList();
            paintHighlight(gc, here, y, height);
            if (line.isHeading()) {
                gc.setForeground(colour(InspectorColours.TEXT));
                gc.drawText(line.text(), GUTTER, y + 1, true);
            } else {
                gc.setForeground(colour(InspectorColours.TEXT_DIM));
                gc.drawText(String.format("%3d", line.number()), GUTTER, y + 1, true);
                gc.setForeground(colour(InspectorColours.TEXT));
                gc.drawText(line.text(), GUTTER + NUMBER_WIDTH, y + 1, true);
            }
        }
    }

    /** A band of the row per thread at it, and the threads' markers in the gutter. */
    private void paintHighlight(GC gc, List<ThreadLine> here, int y, int height) {
        if (here.isEmpty()) {
            return;
        }
        int width = canvas.getClientArea().width;
        int band = Math.max(1, height / here.size());
        StringBuilder markers = new StringBuilder();
        for (int i = 0; i < here.size(); i++) {
            int hue = InspectorColours.thread(here.get(i).thread());
            gc.setBackground(colour(InspectorColours.dimmed(hue, 0.55f)));
            int top = y + i * band;
            gc.fillRectangle(0, top, width, i == here.size() - 1 ? y + height - top : band);
            markers.append(markers.length() == 0 ? "" : " ").append('T').append(here.get(i).thread());
        }
        gc.setForeground(colour(InspectorColours.TEXT));
        gc.drawText(markers + " ▶", 4, y + 1, true);
    }
}
