package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.model.grid.Box;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridLayout;
import dev.poolscope.model.grid.TraceCell;
import dev.poolscope.model.grid.TraceCellText;
import dev.poolscope.ui.ThreadColours;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Trace mode's cells: a cell's fill is the hue of the thread owning most of its set bits, or when
 * colouring by caller the colour of the caller holding most of them ({@link CallerColours}); free cells
 * dark; half-done bits are hatched in the setting thread's hue, a rollback's bits are outlined in
 * red, and bits the current event changed carry a bright inner mark, their whole cell brightened by
 * the flash that follows a step; the contested word is framed.
 */
final class TraceCells implements CellArt {

    /** At its brightest the flash goes this far from the cell's colour to the mark's. */
    private static final float FLASH_STRENGTH = 0.85f;

    private final DoubleSupplier flash;
    private EventBitmap bitmap;
    private int threads;
    /** The callers' colours when cells are coloured by caller; null when by thread. */
    private CallerColours callers;

    /** Cells whose changed bits are brightened by {@code flash} (0..1) when painted. */
    TraceCells(DoubleSupplier flash) {
        this.flash = flash;
    }

    /** Paints {@code shown} from now on, a bitmap of a trace of {@code threadCount} threads. */
    void show(EventBitmap shown, int threadCount) {
        bitmap = shown;
        threads = threadCount;
    }

    /** Colours set bits by their caller in {@code colours} from now on, or by thread when null. */
    void colourByCaller(CallerColours colours) {
        callers = colours;
    }

    @Override
    public void laidOut(GridLayout layout) {
        // the bitmap is read cell by cell as painted: nothing to prepare
    }

    @Override
    public void paint(GridBlock block, int cell, CellPixels pixels) {
        TraceCell marks = TraceCell.of(bitmap, block, cell);
        int fill = marks.set() == 0 ? Palette.colours().free()
                : Palette.owned(fillHue(block, cell, marks), marks.set(), block.bitsIn(cell));
        Box square = block.cell(cell);
        pixels.fill(square, fill);
        if (marks.halfDone()) {
            pixels.hatch(square, hue(marks.halfDoneThread()));
        }
        if (marks.rollingBack()) {
            pixels.outline(square, square.width() >= 11 ? 2 : 1, Palette.ROLLBACK);
        }
        float brightness = (float) flash.getAsDouble();
        if (marks.changed() && brightness > 0) {
            pixels.fill(square, Palette.blend(fill, Palette.CHANGED, FLASH_STRENGTH * brightness));
        }
        if (marks.changed()) {
            int inset = Math.max(1, square.width() / 4);
            pixels.fill(new Box(square.x() + inset, square.y() + inset, square.width() - 2 * inset, square.height() - 2 * inset),
                    Palette.CHANGED);
        }
    }

    /** The hue of the cell's set bits: of the thread owning most, or of the caller holding most. */
    private int fillHue(GridBlock block, int cell, TraceCell marks) {
        if (callers == null) {
            return hue(marks.owner());
        }
        int slot = bitmap.mainSlot(block.chunk(), block.firstBit(cell), block.bitsIn(cell), callers::slot, callers.slots());
        return slot < 0 ? Palette.UNKNOWN_OWNER : callers.rgb(slot);
    }

    /** The hue of thread {@code thread}, or the unknown owner's grey for -1. */
    private static int hue(int thread) {
        return thread < 0 ? Palette.UNKNOWN_OWNER : ThreadColours.of(thread);
    }

    @Override
    public long[] words(GridBlock block) {
        return bitmap.state().words(block.chunk());
    }

    @Override
    public long setBits(GridBlock block) {
        return bitmap.setBits(block.chunk(), 0, block.bitCount());
    }

    @Override
    public String describe(GridBlock block, int cell) {
        return TraceCellText.of(bitmap, block, cell);
    }

    @Override
    public List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        if (callers != null) {
            entries.addAll(callers.legend());
        } else {
            for (int thread = 0; thread < threads; thread++) {
                entries.add(new LegendEntry(ThreadColours.of(thread), "T" + thread));
            }
        }
        entries.add(new LegendEntry(Palette.colours().free(), "free"));
        entries.add(new LegendEntry(Palette.CHANGED, "changed by this event"));
        entries.add(new LegendEntry(Palette.hatchGround(ThreadColours.of(0)), "half-done set (striped)"));
        entries.add(new LegendEntry(Palette.ROLLBACK, "being rolled back (red outline)"));
        entries.add(new LegendEntry(Palette.CONTESTED, "contested word (frame)"));
        return entries;
    }

    @Override
    public List<Framed> frames() {
        return bitmap.contestedWords().stream()
                .map(w -> new Framed(w.chunk(), (long) w.word() << 6, ((long) w.word() << 6) + 63)).toList();
    }

    @Override
    public Optional<long[]> focus() {
        return bitmap.contestedWords().isEmpty() ? Optional.empty()
                : Optional.of(new long[] {bitmap.contestedWords().get(0).chunk(), (long) bitmap.contestedWords().get(0).word() << 6});
    }
}
