package dev.poolscope.analysis.fragmentation;

/**
 * A chunk's bitmap words with one summary bit per word, set when the word's bits inside the chunk are
 * all free: the free run that reaches a word's edge from outside it is then found by skipping wholly
 * free words 64 at a time, so {@link ChunkExtents} needs no map of its extents to find its neighbours.
 */
final class FreeWords {

    private final long bitCount;
    private final long[] words;
    /** Bit {@code w % 64} of element {@code w / 64}: word {@code w} is wholly free. */
    private final long[] wholeFree;

    /** A clear chunk of {@code bitCount} bits. */
    FreeWords(long bitCount) {
        this.bitCount = bitCount;
        this.words = new long[(int) ((bitCount + 63) >>> 6)];
        this.wholeFree = new long[(words.length + 63) >>> 6];
        for (int word = 0; word < words.length; word++) {
            wholeFree[word >>> 6] |= 1L << word;
        }
    }

    int size() {
        return words.length;
    }

    long word(int word) {
        return words[word];
    }

    long[] copy() {
        return words.clone();
    }

    /** Flips the bits {@code flipped} of word {@code word}. */
    void flip(int word, long flipped) {
        words[word] ^= flipped;
        if (free(word) == validMask(word)) {
            wholeFree[word >>> 6] |= 1L << word;
        } else {
            wholeFree[word >>> 6] &= ~(1L << word);
        }
    }

    /** The free bits of word {@code word} inside the chunk (set = free). */
    long free(int word) {
        return ~words[word] & validMask(word);
    }

    /** The bits of word {@code word} inside the chunk: the last word may hold bits past its end. */
    long validMask(int word) {
        long inside = bitCount - ((long) word << 6);
        return inside >= 64 ? -1L : (1L << inside) - 1;
    }

    /** Where the free run ending at unit {@code base - 1} begins ({@code base} a word's first unit), or -1 when that unit is not free. */
    long runStartBefore(long base) {
        int word = (int) (base >>> 6) - 1;
        if (word < 0 || free(word) >= 0) { // no word before, or its top unit is allocated
            return -1;
        }
        int partial = lastNotWholeFree(word);
        if (partial < 0) {
            return 0;
        }
        long allocated = ~free(partial); // a word before the last is whole: every bit is inside
        return ((long) partial << 6) + 64 - Long.numberOfLeadingZeros(allocated);
    }

    /** Where the free run beginning at unit {@code end} ends ({@code end} a word's first unit, or the chunk's end), or -1 when that unit is not free. */
    long runEndFrom(long end) {
        int word = (int) (end >>> 6);
        if (end >= bitCount || (free(word) & 1) == 0) {
            return -1;
        }
        int partial = firstNotWholeFree(word);
        if (partial < 0) {
            return bitCount;
        }
        long allocated = ~free(partial); // bits past the chunk's end count as allocated
        return Math.min(bitCount, ((long) partial << 6) + Long.numberOfTrailingZeros(allocated));
    }

    /** The last word at or before {@code word} that is not wholly free, or -1. */
    private int lastNotWholeFree(int word) {
        int group = word >>> 6;
        long candidates = ~wholeFree[group] & (-1L >>> (63 - (word & 63)));
        while (candidates == 0 && group > 0) {
            candidates = ~wholeFree[--group];
        }
        return candidates == 0 ? -1 : (group << 6) + 63 - Long.numberOfLeadingZeros(candidates);
    }

    /** The first word at or after {@code word} that is not wholly free, or -1. */
    private int firstNotWholeFree(int word) {
        int group = word >>> 6;
        long candidates = ~wholeFree[group] & (-1L << (word & 63));
        while (candidates == 0 && group < wholeFree.length - 1) {
            candidates = ~wholeFree[++group];
        }
        int found = candidates == 0 ? -1 : (group << 6) + Long.numberOfTrailingZeros(candidates);
        return found >= words.length ? -1 : found;
    }
}
