package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.BitOwner;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.ui.ThreadColours;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * The heat grid in trace mode: every chunk's bitmap after the current event of a replayed trace.
 * Set bits take the hue of the thread whose allocation owns them (the Timeline's hues), free bits
 * are dark; the bits the event changed flash (their whole cell bright, fading within half a second)
 * and keep a bright inner mark while the event is current, the bits of a half-done multi-word
 * set are hatched, a rollback's bits are outlined in red, and the contested word is framed.
 * Ctrl+wheel and the + and - keys zoom from the overview down to single bits and on to larger cells,
 * keeping the point under the mouse (or, from the keyboard, the contested word) in place; the plain
 * wheel and the scroll bars scroll. Hover names the cell's bits and their owner.
 */
public final class TraceGrid {

    /** How long the cells an event changed flash after a step. */
    static final int FLASH_MILLIS = 500;
    /** Time between two frames of the flash. */
    private static final int FRAME_MILLIS = 33;

    private final Canvas canvas;
    private final Consumer<String> hoverListener;
    private final int flashMillis;
    private long flashStartNanos;
    private TraceHeader header;
    private EventBitmap bitmap;
    private TraceLayout layout;
    private int zoom;
    private Point origin = new Point(0, 0);

    /** @param hoverListener told, in words, what is under the mouse ("" when nothing) */
    public TraceGrid(Composite parent, Consumer<String> hoverListener) {
        this(parent, hoverListener, FLASH_MILLIS);
    }

    /** A grid whose changed cells flash for {@code flashMillis} (0: no flash, only the mark). */
    TraceGrid(Composite parent, Consumer<String> hoverListener, int flashMillis) {
        this.hoverListener = hoverListener;
        this.flashMillis = flashMillis;
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

    public Canvas control() {
        return canvas;
    }

    /**
     * Shows the bitmap after event {@code seq} of {@code model}.
     *
     * @throws UncheckedIOException when the model cannot read the trace
     */
    public void show(ReplayModel model, long seq) {
        try {
            bitmap = EventBitmap.at(model, seq);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bitmap at event " + seq + " of the trace", e);
        }
        if (header != model.header()) {
            header = model.header();
            zoom = 0;
            origin = new Point(0, 0);
            layOut();
        }
        flashStartNanos = System.nanoTime();
        if (flashMillis > 0) {
            canvas.getDisplay().timerExec(FRAME_MILLIS, this::flashFrame);
        }
        canvas.redraw();
    }

    /** How bright the flash is now: 1 right after a step, fading to 0 over the flash's length. */
    float flash() {
        long elapsedMillis = (System.nanoTime() - flashStartNanos) / 1_000_000;
        return flashMillis == 0 ? 0f : Math.max(0f, 1f - elapsedMillis / (float) flashMillis);
    }

    /** Repaints while the flash lasts; a later step's frames carry on from its own start. */
    private void flashFrame() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
            if (flash() > 0) {
                canvas.getDisplay().timerExec(FRAME_MILLIS, this::flashFrame);
            }
        }
    }

    /** The bitmap shown, once {@link #show} was called. */
    public EventBitmap bitmap() {
        return bitmap;
    }

    public int zoom() {
        return zoom;
    }

    /**
     * Zooms {@code steps} in (out when negative), keeping the bit at canvas point {@code anchor} under
     * it; with no anchor, the contested word (or the middle of the view) stays in view.
     */
    public void zoomBy(int steps, Optional<Point> anchor) {
        if (layout == null) {
            return;
        }
        Point size = viewSize();
        Point fixed = anchor.orElse(new Point(size.x / 2, size.y / 2));
        Optional<long[]> pinned = anchor.isPresent() ? bitAt(fixed.x, fixed.y) : contestedBit().or(() -> bitAt(fixed.x, fixed.y));
        zoom = Math.max(0, zoom + steps);
        layOut();
        pinned.ifPresent(bit -> {
            Rectangle square = cellOf((int) bit[0], bit[1]);
            Point keep = anchor.isPresent() ? fixed : new Point(size.x / 2, size.y / 2);
            scrollTo(square.x + square.width / 2 - keep.x, square.y + square.height / 2 - keep.y);
        });
        canvas.redraw();
    }

    /** The first bit of the first contested word, as {chunk, bit}. */
    private Optional<long[]> contestedBit() {
        return bitmap == null || bitmap.contestedWords().isEmpty() ? Optional.empty()
                : Optional.of(new long[] {bitmap.contestedWords().get(0).chunk(),
                        (long) bitmap.contestedWords().get(0).word() << 6});
    }

    /** The chunk and first bit of the cell at canvas point (x, y), as {chunk, bit}. */
    private Optional<long[]> bitAt(int x, int y) {
        for (TraceLayout.Block block : layout.blocks()) {
            int cell = block.cellAt(x + origin.x, y + origin.y);
            if (cell >= 0) {
                return Optional.of(new long[] {block.chunk(), block.firstBit(cell)});
            }
        }
        return Optional.empty();
    }

    /** The square of the cell holding bit {@code bit} of {@code chunk}, in content coordinates. */
    Rectangle cellOf(int chunk, long bit) {
        TraceLayout.Block block = block(chunk);
        return block.cell((int) (bit / block.bitsPerCell()));
    }

    /** The square of the same cell in canvas coordinates, as drawn now. */
    public Rectangle cellOnCanvas(int chunk, long bit) {
        Rectangle square = cellOf(chunk, bit);
        return new Rectangle(square.x - origin.x, square.y - origin.y, square.width, square.height);
    }

    TraceLayout.Block block(int chunk) {
        return layout.blocks().get(chunk);
    }

    private Point viewSize() {
        Rectangle area = canvas.getClientArea();
        return new Point(area.width, area.height);
    }

    private void layOut() {
        if (header == null) {
            return;
        }
        Point size = viewSize();
        layout = TraceLayout.of(header.chunks(), header.minAllocOrder(), size.x, size.y, zoom);
        zoom = layout.zoom();
        bar(canvas.getHorizontalBar(), layout.width(), size.x);
        bar(canvas.getVerticalBar(), layout.height(), size.y);
        scrollTo(origin.x, origin.y);
    }

    private static void bar(ScrollBar bar, int content, int view) {
        bar.setMaximum(Math.max(1, content));
        bar.setThumb(Math.max(1, Math.min(content, view)));
        bar.setPageIncrement(Math.max(1, view * 9 / 10));
        bar.setIncrement(TraceLayout.PITCHES[TraceLayout.PITCHES.length - 1]);
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
            scrollTo(origin.x, origin.y - e.count * 3 * block(0).pitch());
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
        gc.setBackground(colour(Palette.BACKGROUND));
        gc.fillRectangle(area);
        if (bitmap == null || layout == null || area.width <= 0 || area.height <= 0) {
            return;
        }
        ImageData pixels = new ImageData(area.width, area.height, 24, new PaletteData(0xff0000, 0xff00, 0xff));
        fillBackground(pixels);
        TraceCells cells = new TraceCells(bitmap, pixels, origin.x, origin.y, flash());
        Rectangle view = new Rectangle(origin.x, origin.y, area.width, area.height);
        for (TraceLayout.Block block : layout.blocks()) {
            if (block.bounds().intersects(view)) {
                cells.paint(block);
            }
        }
        Image image = new Image(canvas.getDisplay(), pixels);
        try {
            gc.drawImage(image, 0, 0);
        } finally {
            image.dispose();
        }
        paintLegend(gc);
        for (TraceLayout.Block block : layout.blocks()) {
            if (block.bounds().intersects(view)) {
                paintHeader(gc, block);
            }
        }
        paintContested(gc);
    }

    private static void fillBackground(ImageData pixels) {
        byte r = (byte) (Palette.BACKGROUND >> 16);
        byte g = (byte) (Palette.BACKGROUND >> 8);
        byte b = (byte) Palette.BACKGROUND;
        for (int y = 0; y < pixels.height; y++) {
            for (int x = 0; x < pixels.width; x++) {
                int offset = y * pixels.bytesPerLine + 3 * x;
                pixels.data[offset] = r;
                pixels.data[offset + 1] = g;
                pixels.data[offset + 2] = b;
            }
        }
    }

    /** A bright frame round the cells of each contested word, in the gap around them. */
    private void paintContested(GC gc) {
        gc.setForeground(colour(Palette.CONTESTED));
        gc.setLineWidth(2);
        for (EventBitmap.WordRef word : bitmap.contestedWords()) {
            Rectangle first = cellOnCanvas(word.chunk(), (long) word.word() << 6);
            long lastBit = Math.min(block(word.chunk()).bitCount() - 1, ((long) word.word() << 6) + 63);
            Rectangle last = cellOnCanvas(word.chunk(), lastBit);
            gc.drawRectangle(first.x - 2, first.y - 2, last.x + last.width - first.x + 3, last.y + last.height - first.y + 3);
        }
        gc.setLineWidth(1);
    }

    private void paintLegend(GC gc) {
        int x = HeatGrid.MARGIN - origin.x;
        int y = 5 - origin.y;
        for (int thread = 0; thread < header.threads(); thread++) {
            x = legendEntry(gc, x, y, ThreadColours.of(thread), "T" + thread);
        }
        x = legendEntry(gc, x, y, Palette.colours().free(), "free");
        x = legendEntry(gc, x, y, Palette.CHANGED, "changed by this event");
        x = legendEntry(gc, x, y, Palette.hatchGround(ThreadColours.of(0)), "half-done set (striped)");
        x = legendEntry(gc, x, y, Palette.ROLLBACK, "being rolled back (red outline)");
        legendEntry(gc, x, y, Palette.CONTESTED, "contested word (frame)");
    }

    private int legendEntry(GC gc, int x, int y, int rgb, String label) {
        gc.setBackground(colour(rgb));
        gc.fillRectangle(x, y + 3, 10, 10);
        gc.setForeground(colour(Palette.TEXT_DIM));
        gc.drawText(label, x + 14, y, true);
        return x + 14 + gc.textExtent(label).x + 14;
    }

    private void paintHeader(GC gc, TraceLayout.Block block) {
        int x = block.x() - origin.x;
        int y = block.y() - origin.y;
        long set = bitmap.setBits(block.chunk(), 0, block.bitCount());
        gc.setForeground(colour(Palette.TEXT));
        gc.drawText(String.format(Locale.ROOT, "chunk %d   0x%x – 0x%x", block.chunk(), block.geometry().start(),
                block.geometry().start() + block.geometry().size()), x, y, true);
        gc.setForeground(colour(Palette.TEXT_DIM));
        gc.drawText(String.format(Locale.ROOT, "%s, %,d bits of %d B · %d%% allocated · 1 cell = %d bit%s",
                Sizes.bytes(block.geometry().size()), block.bitCount(), 1L << header.minAllocOrder(),
                Math.round(100.0 * set / Math.max(1, block.bitCount())), block.bitsPerCell(),
                block.bitsPerCell() == 1 ? "" : "s"), x, y + 16, true);
    }

    private void hover(int x, int y) {
        String text = describe(x, y);
        canvas.setToolTipText(text.isEmpty() ? null : text);
        hoverListener.accept(text);
    }

    /** What the cell at canvas point (x, y) holds and who owns it, in words, or "" when no cell is there. */
    String describe(int x, int y) {
        if (layout == null || bitmap == null || x < 0 || y < 0) {
            return "";
        }
        for (TraceLayout.Block block : layout.blocks()) {
            int cell = block.cellAt(x + origin.x, y + origin.y);
            if (cell >= 0) {
                return describe(block, cell);
            }
        }
        return "";
    }

    private String describe(TraceLayout.Block block, int cell) {
        int chunk = block.chunk();
        long first = block.firstBit(cell);
        int bits = block.bitsIn(cell);
        long unit = 1L << header.minAllocOrder();
        long address = block.geometry().start() + first * unit;
        StringBuilder text = new StringBuilder();
        if (bits == 1) {
            text.append(String.format(Locale.ROOT, "chunk %d bit %d (0x%x): ", chunk, first, address));
            text.append(bitmap.isSet(chunk, first)
                    ? bitmap.owner(chunk, first).map(TraceGrid::owner).orElse("allocated; the trace does not show by whom")
                    : "free");
        } else {
            long set = bitmap.setBits(chunk, first, first + bits);
            int main = bitmap.mainOwner(chunk, first, bits);
            text.append(String.format(Locale.ROOT, "chunk %d bits %d–%d (0x%x – 0x%x): %d of %d set", chunk, first,
                    first + bits - 1, address, address + bits * unit - 1, set, bits));
            if (main >= 0) {
                text.append(", most by T").append(main);
            }
        }
        if (changedIn(chunk, first, bits)) {
            text.append(" · changed by this event");
        }
        for (EventBitmap.WordRef word : bitmap.contestedWords()) {
            if (word.chunk() == chunk && first >>> 6 <= word.word() && word.word() <= (first + bits - 1) >>> 6) {
                text.append(" · word ").append(word.word()).append(" is contested");
            }
        }
        return text.toString();
    }

    private boolean changedIn(int chunk, long first, int bits) {
        for (long bit = first; bit < first + bits; bit = (bit | 63) + 1) {
            long end = Math.min(first + bits, (bit | 63) + 1);
            int width = (int) (end - bit);
            long mask = (width == Long.SIZE ? -1L : (1L << width) - 1) << bit;
            if ((bitmap.changed(chunk, (int) (bit >>> 6)) & mask) != 0) {
                return true;
            }
        }
        return false;
    }

    /** "T2 alloc 96 B at 0x10001100, allocated at event 4,100", or for a set in flight "being set by T1, half-done: …". */
    private static String owner(BitOwner owner) {
        String allocation = String.format(Locale.ROOT, "alloc %,d B at 0x%x", owner.size(), owner.address());
        if (owner.halfDone()) {
            return String.format(Locale.ROOT, "being set by T%d, half-done (%s)%s", owner.thread(), allocation,
                    owner.rollingBack() ? "; the set lost and a rollback is clearing it" : "");
        }
        return String.format(Locale.ROOT, "T%d %s, allocated at event %,d", owner.thread(), allocation,
                owner.allocatedSeq());
    }

    /** A colour for 0xRRGGBB; SWT colours hold no OS resource (since SWT 3.114) and need no disposal. */
    private static Color colour(int rgb) {
        return new Color(new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
    }
}
