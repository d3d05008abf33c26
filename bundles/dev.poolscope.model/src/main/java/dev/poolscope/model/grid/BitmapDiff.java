package dev.poolscope.model.grid;

import dev.poolscope.core.WordMasks;
import dev.poolscope.model.PoolState;

import java.util.Locale;

/**
 * Two bitmaps of one pool compared bit for bit: a branch's and its parent's at aligned events, say.
 * Counts, for any run of bits, those set in the first only, in the second only and in both; the
 * Heat Grid's diff mode paints and describes its cells from these.
 */
public final class BitmapDiff {

    /** Bits of a run by how the two bitmaps hold them. */
    public record Counts(long onlyFirst, long onlySecond, long both) {

        /** True when the two bitmaps differ in the run. */
        public boolean differs() {
            return onlyFirst + onlySecond > 0;
        }
    }

    private final long[][] first;
    private final long[][] second;

    /**
     * @param first  the first bitmap's words, per chunk (bit b of a chunk is bit b % 64 of word b / 64)
     * @param second the second's, of the same chunks
     * @throws IllegalArgumentException when the two are not bitmaps of the same chunks
     */
    public BitmapDiff(long[][] first, long[][] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("the bitmaps have " + first.length + " and " + second.length
                    + " chunks: only bitmaps of one pool compare");
        }
        for (int chunk = 0; chunk < first.length; chunk++) {
            if (first[chunk].length != second[chunk].length) {
                throw new IllegalArgumentException("chunk " + chunk + " has " + first[chunk].length + " and "
                        + second[chunk].length + " words: only bitmaps of one pool compare");
            }
        }
        this.first = first;
        this.second = second;
    }

    /** The bitmaps of two states of one pool. */
    public static BitmapDiff of(PoolState first, PoolState second) {
        return new BitmapDiff(words(first), words(second));
    }

    private static long[][] words(PoolState state) {
        long[][] words = new long[state.chunkCount()][];
        for (int chunk = 0; chunk < words.length; chunk++) {
            words[chunk] = state.words(chunk);
        }
        return words;
    }

    /** The bits in {@code [from, to)} of {@code chunk}, by how the two hold them. */
    public Counts counts(int chunk, long from, long to) {
        long onlyFirst = 0;
        long onlySecond = 0;
        long both = 0;
        for (long bit = from; bit < to; ) {
            int word = (int) (bit >>> 6);
            long wordEnd = Math.min(to, ((long) word + 1) << 6);
            long mask = WordMasks.within(bit, wordEnd);
            long a = first[chunk][word] & mask;
            long b = second[chunk][word] & mask;
            onlyFirst += Long.bitCount(a & ~b);
            onlySecond += Long.bitCount(b & ~a);
            both += Long.bitCount(a & b);
            bit = wordEnd;
        }
        return new Counts(onlyFirst, onlySecond, both);
    }

    /** The bits of {@code chunk} that differ. */
    public long differing(int chunk, long bits) {
        Counts all = counts(chunk, 0, bits);
        return all.onlyFirst() + all.onlySecond();
    }

    /** The bits that differ in every chunk, its words whole. */
    public long differing() {
        long count = 0;
        for (int chunk = 0; chunk < first.length; chunk++) {
            count += differing(chunk, (long) first[chunk].length << 6);
        }
        return count;
    }

    /**
     * A cell's bits in the hover line's words: "set in b.pstrace only", "free in both", or for a group
     * "3 set only in b.pstrace, 1 only in p.pstrace, 4 in both".
     */
    public static String describe(Counts counts, int bits, String firstName, String secondName) {
        if (bits == 1) {
            return counts.onlyFirst() > 0 ? "set in " + firstName + " only"
                    : counts.onlySecond() > 0 ? "set in " + secondName + " only"
                            : counts.both() > 0 ? "set in both" : "free in both";
        }
        if (!counts.differs()) {
            return String.format(Locale.ROOT, "no difference: %d of %d set in both", counts.both(), bits);
        }
        return String.format(Locale.ROOT, "%d set only in %s, %d only in %s, %d in both", counts.onlyFirst(), firstName,
                counts.onlySecond(), secondName, counts.both());
    }
}
