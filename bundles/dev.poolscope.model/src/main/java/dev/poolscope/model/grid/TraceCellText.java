package dev.poolscope.model.grid;

import dev.poolscope.model.explain.BitOwner;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.model.text.ByteSize;

import java.util.Locale;

/**
 * What a trace-mode cell holds, in the words of the hover line after the cell's location: the
 * bit's owner ("T0 alloc 1,920 B at 0x10000000, allocated at event 9", with "by CALLER" when its alloc
 * has a label; "set before the trace: 512 B at 0x10000000, held since before the trace" for units of
 * the start state), or for a group how many bits are set and by whom most; then whether the event
 * changed them and whether their word is contested.
 */
public final class TraceCellText {

    private TraceCellText() {
    }

    public static String of(EventBitmap bitmap, GridBlock block, int cell) {
        int chunk = block.chunk();
        long first = block.firstBit(cell);
        int bits = block.bitsIn(cell);
        TraceCell marks = TraceCell.of(bitmap, block, cell);
        StringBuilder text = new StringBuilder();
        if (bits == 1) {
            text.append(bitmap.isSet(chunk, first)
                    ? bitmap.owner(chunk, first).map(TraceCellText::owner).orElse("allocated; the trace does not show by whom")
                    : "free");
        } else {
            text.append(GridText.share(marks.set(), bits));
            if (marks.owner() >= 0) {
                text.append(", most by T").append(marks.owner());
            }
        }
        if (marks.changed()) {
            text.append(" · changed by this event");
        }
        for (EventBitmap.WordRef word : bitmap.contestedWords()) {
            if (word.chunk() == chunk && first >>> 6 <= word.word() && word.word() <= (first + bits - 1) >>> 6) {
                text.append(" · word ").append(word.word()).append(" is contested");
            }
        }
        return text.toString();
    }

    /**
     * "T2 alloc 96 B at 0x10001100 by gpwork_run+0x127/0x1000, allocated at event 4,100", for a set in
     * flight "being set by T1, half-done: …", for the start state "set before the trace: …".
     */
    private static String owner(BitOwner owner) {
        if (owner.heldSinceStart()) {
            return String.format(Locale.ROOT, "set before the trace: %s at 0x%x, held since before the trace",
                    ByteSize.of(owner.size()), owner.address());
        }
        String allocation = String.format(Locale.ROOT, "alloc %s at 0x%x%s", ByteSize.of(owner.size()), owner.address(),
                owner.label().isEmpty() ? "" : " by " + owner.label());
        if (owner.halfDone()) {
            return String.format(Locale.ROOT, "being set by T%d, half-done (%s)%s", owner.thread(), allocation,
                    owner.rollingBack() ? "; the set lost and a rollback is clearing it" : "");
        }
        return String.format(Locale.ROOT, "T%d %s, allocated at event %,d", owner.thread(), allocation,
                owner.allocatedSeq());
    }
}
