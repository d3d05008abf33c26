package dev.poolscope.ui.heatgrid;

import dev.poolscope.core.WordMasks;
import dev.poolscope.model.explain.BitOwner;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.model.grid.Box;
import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridLayout;
import dev.poolscope.model.grid.GridText;
import dev.poolscope.ui.ThreadColours;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * Trace mode's cells: a cell's fill is the hue of the thread owning most of its set bits (free cells
 * dark), half-done bits are hatched in the setting thread's hue, a rollback's bits are outlined in
 * red, and bits the current event changed carry a bright inner mark, their whole cell brightened by
 * the flash that follows a step; the contested word is framed.
 */
final class TraceCells implements CellArt {

    /** At its brightest the flash goes this far from the cell's colour to the mark's. */
    private static final float FLASH_STRENGTH = 0.85f;

    private final DoubleSupplier flash;
    private EventBitmap bitmap;
    private int threads;

    /** Cells whose changed bits are brightened by {@code flash} (0..1) when painted. */
    TraceCells(DoubleSupplier flash) {
        this.flash = flash;
    }

    /** Paints {@code shown} from now on, a bitmap of a trace of {@code threadCount} threads. */
    void show(EventBitmap shown, int threadCount) {
        bitmap = shown;
        threads = threadCount;
    }

    @Override
    public void laidOut(GridLayout layout) {
        // the bitmap is read cell by cell as painted: nothing to prepare
    }

    @Override
    public void paint(GridBlock block, int cell, CellPixels pixels) {
        int chunk = block.chunk();
        long first = block.firstBit(cell);
        long end = first + block.bitsIn(cell);
        long set = bitmap.setBits(chunk, first, end);
        int owner = set == 0 ? -1 : bitmap.mainOwner(chunk, first, block.bitsIn(cell));
        int fill = set == 0 ? Palette.colours().free()
                : Palette.owned(owner < 0 ? Palette.UNKNOWN_OWNER : ThreadColours.of(owner), set, block.bitsIn(cell));
        long halfDone = 0;
        long rollingBack = 0;
        long changed = 0;
        long halfDoneBit = -1;
        for (long bit = first; bit < end; bit = (bit | 63) + 1) {
            int word = (int) (bit >>> 6);
            long mask = WordMasks.ofWord(word, first, end);
            long held = bitmap.halfDone(chunk, word) & mask;
            if (held != 0 && halfDoneBit < 0) {
                halfDoneBit = ((long) word << 6) + Long.numberOfTrailingZeros(held);
            }
            halfDone |= held;
            rollingBack |= bitmap.rollingBack(chunk, word) & mask;
            changed |= bitmap.changed(chunk, word) & mask;
        }
        Box square = block.cell(cell);
        pixels.fill(square, fill);
        if (halfDone != 0) {
            pixels.hatch(square, bitmap.owner(chunk, halfDoneBit).map(o -> ThreadColours.of(o.thread())).orElse(Palette.UNKNOWN_OWNER));
        }
        if (rollingBack != 0) {
            pixels.outline(square, square.width() >= 11 ? 2 : 1, Palette.ROLLBACK);
        }
        float brightness = (float) flash.getAsDouble();
        if (changed != 0 && brightness > 0) {
            pixels.fill(square, Palette.blend(fill, Palette.CHANGED, FLASH_STRENGTH * brightness));
        }
        if (changed != 0) {
            int inset = Math.max(1, square.width() / 4);
            pixels.fill(new Box(square.x() + inset, square.y() + inset, square.width() - 2 * inset, square.height() - 2 * inset),
                    Palette.CHANGED);
        }
    }

    @Override
    public long setBits(GridBlock block) {
        return bitmap.setBits(block.chunk(), 0, block.bitCount());
    }

    @Override
    public String describe(GridBlock block, int cell) {
        int chunk = block.chunk();
        long first = block.firstBit(cell);
        int bits = block.bitsIn(cell);
        StringBuilder text = new StringBuilder();
        if (bits == 1) {
            text.append(bitmap.isSet(chunk, first)
                    ? bitmap.owner(chunk, first).map(TraceCells::owner).orElse("allocated; the trace does not show by whom")
                    : "free");
        } else {
            text.append(GridText.share(bitmap.setBits(chunk, first, first + bits), bits));
            int main = bitmap.mainOwner(chunk, first, bits);
            if (main >= 0) {
                text.append(", most by T").append(main);
            }
        }
        if (changedIn(chunk, first, first + bits)) {
            text.append(" · changed by this event");
        }
        for (EventBitmap.WordRef word : bitmap.contestedWords()) {
            if (word.chunk() == chunk && first >>> 6 <= word.word() && word.word() <= (first + bits - 1) >>> 6) {
                text.append(" · word ").append(word.word()).append(" is contested");
            }
        }
        return text.toString();
    }

    private boolean changedIn(int chunk, long first, long end) {
        for (long bit = first; bit < end; bit = (bit | 63) + 1) {
            int word = (int) (bit >>> 6);
            if ((bitmap.changed(chunk, word) & WordMasks.ofWord(word, first, end)) != 0) {
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

    @Override
    public List<LegendEntry> legend() {
        List<LegendEntry> entries = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            entries.add(new LegendEntry(ThreadColours.of(thread), "T" + thread));
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
