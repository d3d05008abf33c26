package dev.poolscope.core;

/**
 * Masks of a bit range within 64-bit bitmap words, bit {@code b} at position {@code b % 64} of word
 * {@code b / 64}: the analogue of the kernel's {@code BITMAP_FIRST_WORD_MASK} and
 * {@code BITMAP_LAST_WORD_MASK}, written once so the allocator, the replay and the views agree.
 */
public final class WordMasks {

    private WordMasks() {
    }

    /** The bits from {@code start} to the end of its word ({@code BITMAP_FIRST_WORD_MASK}). */
    public static long firstWordMask(long start) {
        return -1L << (start & 63);
    }

    /**
     * The bits of the word holding bit {@code end - 1} below {@code end} ({@code BITMAP_LAST_WORD_MASK}):
     * the whole word when {@code end} is a multiple of 64.
     */
    public static long lastWordMask(long end) {
        return -1L >>> (-end & 63);
    }

    /**
     * The bits {@code [from, to)} of the word holding {@code from}, where {@code to} lies at most at
     * that word's end; 0 when the range is empty.
     */
    public static long within(long from, long to) {
        return from >= to ? 0 : firstWordMask(from) & lastWordMask(to);
    }

    /** The bits of word {@code word} that lie in {@code [from, to)}; 0 when none do. */
    public static long ofWord(int word, long from, long to) {
        long wordStart = (long) word << 6;
        return within(Math.max(from, wordStart), Math.min(to, wordStart + Long.SIZE));
    }
}
