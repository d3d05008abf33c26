package dev.poolscope.model.grid;

import dev.poolscope.core.WordMasks;
import dev.poolscope.model.explain.BitOwner;
import dev.poolscope.model.explain.EventBitmap;

/**
 * What a trace-mode cell shows at the current event: how many of its bits are set and by whom most
 * of them, and which of the Heat Grid's marks it carries (bits of a half-done set, bits a rollback
 * is clearing, bits the event changed).
 *
 * @param set            set bits in the cell
 * @param owner          the thread owning most of them, or -1 (none set, or the trace does not say)
 * @param halfDone       whether some bit belongs to a half-done multi-word set
 * @param halfDoneThread the thread of that set, or -1 when the trace does not say
 * @param rollingBack    whether a rollback is clearing some bit
 * @param changed        whether the current event changed some bit
 */
public record TraceCell(long set, int owner, boolean halfDone, int halfDoneThread, boolean rollingBack, boolean changed) {

    /** Cell {@code cell} of {@code block} in {@code bitmap}. */
    public static TraceCell of(EventBitmap bitmap, GridBlock block, int cell) {
        int chunk = block.chunk();
        long first = block.firstBit(cell);
        long end = first + block.bitsIn(cell);
        long set = bitmap.setBits(chunk, first, end);
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
        int owner = set == 0 ? -1 : bitmap.mainOwner(chunk, first, end - first);
        int halfDoneThread = halfDoneBit < 0 ? -1 : bitmap.owner(chunk, halfDoneBit).map(BitOwner::thread).orElse(-1);
        return new TraceCell(set, owner, halfDone != 0, halfDoneThread, rollingBack != 0, changed != 0);
    }
}
