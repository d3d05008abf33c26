package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.grid.Box;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridLayout;
import dev.poolscope.model.grid.GridText;
import dev.poolscope.trace.ChunkGeometry;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The Heat Grid's canvas in either mode: every chunk a block of cells laid out by {@link GridLayout},
 * each titled by {@link GridHeaders}, the legend above; the cells' colours come from the mode's
 * {@link CellArt}, shaded by free extent when the overlay is on ({@link ExtentShading}). Ctrl+wheel and the + and - keys zoom from the overview down to single bits and on
 * to larger cells, keeping the point under the mouse (or, from the keyboard, the mode's focus) in
 * place; the plain wheel and the scroll bars scroll. Hover names the cell's bits and what they hold.
 */
final class GridCanvas {

    private final Canvas canvas;
    private final CellArt art;
    private final ExtentShading shading = new ExtentShading();
    private final Consumer<String> hoverListener;
    private List<ChunkGeometry> chunks = List.of();
    private int order;
    private GridLayout layout;
    private int zoom;
    private Point origin = new Point(0, 0);

    /** @param hoverListener told, in words, what is under the mouse ("" when nothing) */
    GridCanvas(Composite parent, CellArt art, Consumer<String> hoverListener) {
        this.art = art;
        this.hoverListener = hoverListener;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> layOut());
        canvas.addListener(SWT.MouseMove, e -> hover(e.x, e.y));
        canvas.addListener(SWT.MouseExit, e -> hover(-1, -1));
        canvas.addListener(SWT.MouseWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(canvas.getHorizontalBar().getSelection(), origin.y));
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollTo(origin.x, canvas.getVerticalBar().getSelection()));
    }

    Canvas control() {
        return canvas;
    }

    /** Shows {@code chunks} (bits of {@code 2^order} bytes), laid out again when they are not the ones shown. */
    void show(List<ChunkGeometry> shown, int minAllocOrder) {
        if (!shown.equals(chunks) || minAllocOrder != order) {
            chunks = List.copyOf(shown);
            order = minAllocOrder;
            layOut();
        }
    }

    /** Back to the overview at the top left, as for a newly opened trace. */
    void reset() {
        zoom = 0;
        origin = new Point(0, 0);
        layOut();
    }

    /** The layout drawn, once there are chunks. */
    GridLayout layout() {
        return layout;
    }

    int zoom() {
        return zoom;
    }

    /** Turns the extent overlay on or off and repaints. */
    void setExtentShading(boolean on) {
        shading.setOn(on);
        canvas.redraw();
    }

    boolean extentShading() {
        return shading.isOn();
    }

    /** Tells {@code listener} of each click: the chunk whose block was clicked, or empty off every block. */
    void onChunkClicked(Consumer<OptionalInt> listener) {
        canvas.addListener(SWT.MouseDown, e -> listener.accept(chunkAt(e.x, e.y)));
    }

    private OptionalInt chunkAt(int x, int y) {
        if (layout != null) {
            for (GridBlock block : layout.blocks()) {
                if (block.bounds().contains(x + origin.x, y + origin.y)) {
                    return OptionalInt.of(block.chunk());
                }
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Zooms {@code steps} in (out when negative), keeping the bit at canvas point {@code anchor} under
     * it; with no anchor, the mode's focus (or the middle of the view) stays in view.
     */
    void zoomBy(int steps, Optional<Point> anchor) {
        if (layout == null) {
            return;
        }
        Point size = viewSize();
        Point fixed = anchor.orElse(new Point(size.x / 2, size.y / 2));
        Optional<long[]> pinned = anchor.isPresent() ? bitAt(fixed.x, fixed.y) : art.focus().or(() -> bitAt(fixed.x, fixed.y));
        zoom = Math.max(0, zoom + steps);
        layOut();
        pinned.ifPresent(bit -> {
            Box square = cellOf((int) bit[0], bit[1]);
            scrollTo(square.x() + square.width() / 2 - fixed.x, square.y() + square.height() / 2 - fixed.y);
        });
        canvas.redraw();
    }

    /** The chunk and first bit of the cell at canvas point (x, y), as {chunk, bit}. */
    private Optional<long[]> bitAt(int x, int y) {
        for (GridBlock block : layout.blocks()) {
            int cell = block.cellAt(x + origin.x, y + origin.y);
            if (cell >= 0) {
                return Optional.of(new long[] {block.chunk(), block.firstBit(cell)});
            }
        }
        return Optional.empty();
    }

    /** The square of the cell holding bit {@code bit} of the chunk at {@code chunk}, in content coordinates. */
    private Box cellOf(int chunk, long bit) {
        GridBlock block = layout.block(chunk);
        return block.cell(block.cellOf(bit));
    }

    /** The same square in canvas coordinates, as drawn now. */
    Rectangle cellOnCanvas(int chunk, long bit) {
        Box square = cellOf(chunk, bit);
        return new Rectangle(square.x() - origin.x, square.y() - origin.y, square.width(), square.height());
    }

    private Point viewSize() {
        Rectangle area = canvas.getClientArea();
        return new Point(area.width, area.height);
    }

    private void layOut() {
        if (chunks.isEmpty()) {
            return;
        }
        Point size = viewSize();
        layout = GridLayout.of(chunks, order, size.x, size.y, zoom);
        zoom = layout.zoom();
        art.laidOut(layout);
        bar(canvas.getHorizontalBar(), layout.width(), size.x);
        bar(canvas.getVerticalBar(), layout.height(), size.y);
        scrollTo(origin.x, origin.y);
    }

    private static void bar(ScrollBar bar, int content, int view) {
        bar.setMaximum(Math.max(1, content));
        bar.setThumb(Math.max(1, Math.min(content, view)));
        bar.setPageIncrement(Math.max(1, view * 9 / 10));
        bar.setIncrement(GridLayout.PITCHES[GridLayout.PITCHES.length - 1]);
        bar.setVisible(content > view);
    }

    /** Moves the view's top-left corner to content point (x, y), kept within the content. */
    private void scrollTo(int x, int y) {
        if (layout == null) {
            return;
        }
        Point size = viewSize();
        origin = new Point(Math.max(0, Math.min(x, layout.width() - size.x)), Math.max(0, Math.min(y, layout.height() - size.y)));
        canvas.getHorizontalBar().setSelection(origin.x);
        canvas.getVerticalBar().setSelection(origin.y);
        canvas.redraw();
    }

    private void wheel(Event e) {
        if ((e.stateMask & SWT.MOD1) != 0 && e.count != 0) {
            zoomBy(e.count > 0 ? 1 : -1, Optional.of(new Point(e.x, e.y)));
            e.doit = false;
        } else if (layout != null && e.count != 0) {
            scrollTo(origin.x, origin.y - e.count * 3 * layout.blocks().get(0).pitch());
            e.doit = false;
        }
    }

    private void key(Event e) {
        if (e.character == '+' || e.character == '=' || e.keyCode == SWT.KEYPAD_ADD) {
            zoomBy(1, Optional.empty());
        } else if (e.character == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT) {
            zoomBy(-1, Optional.empty());
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(Palette.colour(Palette.BACKGROUND));
        gc.fillRectangle(area);
        if (layout == null || area.width <= 0 || area.height <= 0) {
            return;
        }
        CellPixels pixels = new CellPixels(area.width, area.height, origin.x, origin.y);
        Box view = new Box(origin.x, origin.y, area.width, area.height);
        List<GridBlock> shown = layout.blocks().stream().filter(b -> b.bounds().intersects(view)).toList();
        for (GridBlock block : shown) {
            if (shading.isOn()) {
                shading.prepare(block, art.words(block));
            }
            paintCells(block, pixels, view);
        }
        Image image = new Image(canvas.getDisplay(), pixels.image());
        try {
            gc.drawImage(image, 0, 0);
        } finally {
            image.dispose();
        }
        GridHeaders headers = new GridHeaders(gc, origin);
        headers.legend(shading.legend(art.legend(), Palette.colours().free()));
        for (GridBlock block : shown) {
            headers.header(block, art.setBits(block));
        }
        paintFrames(gc);
    }

    /** The block's rows that lie in the view, each with the faint rule of a word boundary in the gap below it. */
    private void paintCells(GridBlock block, CellPixels pixels, Box view) {
        Box cells = block.cells();
        int pitch = block.pitch();
        int firstRow = Math.max(0, (view.y() - cells.y()) / pitch);
        int lastRow = Math.min(block.rows() - 1, (view.y() + view.height() - cells.y()) / pitch);
        for (int row = firstRow; row <= lastRow; row++) {
            pixels.fill(new Box(cells.x(), cells.y() + row * pitch + pitch - 1, cells.width() - 1, 1), Palette.WORD_RULE);
            for (int cell = row * block.columns(); cell < Math.min(block.cellCount(), (row + 1) * block.columns()); cell++) {
                art.paint(block, cell, pixels);
                shading.paint(block, cell, pixels);
            }
        }
    }

    /** A bright frame round the cells of each framed run, in the gap around them. */
    private void paintFrames(GC gc) {
        gc.setForeground(Palette.colour(Palette.CONTESTED));
        gc.setLineWidth(2);
        for (CellArt.Framed framed : art.frames()) {
            Rectangle first = cellOnCanvas(framed.chunk(), framed.firstBit());
            Rectangle last = cellOnCanvas(framed.chunk(), Math.min(layout.block(framed.chunk()).bitCount() - 1, framed.lastBit()));
            gc.drawRectangle(first.x - 2, first.y - 2, last.x + last.width - first.x + 3, last.y + last.height - first.y + 3);
        }
        gc.setLineWidth(1);
    }

    private void hover(int x, int y) {
        String text = describe(x, y);
        canvas.setToolTipText(text.isEmpty() ? null : text);
        hoverListener.accept(text);
    }

    /** What the cell at canvas point (x, y) holds, in words, or "" when no cell is there. */
    String describe(int x, int y) {
        if (layout == null || x < 0 || y < 0) {
            return "";
        }
        for (GridBlock block : layout.blocks()) {
            int cell = block.cellAt(x + origin.x, y + origin.y);
            if (cell >= 0) {
                return GridText.location(block, cell) + ": " + art.describe(block, cell);
            }
        }
        return "";
    }
}
