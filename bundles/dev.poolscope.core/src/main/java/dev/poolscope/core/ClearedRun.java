package dev.poolscope.core;

/**
 * The longest run of clear bits that a clear of bits {@code [from, to)} can have made inside one
 * group {@code [lo, hi)} of a bitmap: the longest run among those meeting the cleared range (runs cut
 * at the group's edges), read a word at a time. Only runs meeting the range can have grown by the
 * clear; every other run is as long as before or shorter.
 */
final class ClearedRun {

    private ClearedRun() {
    }

    /** The longest clear run in {@code [lo, hi)} that meets {@code [from, to)} or ends at {@code from}; requires {@code lo <= from < to <= hi}. */
    static long longestAround(Bitmap map, long from, long to, long lo, long hi) {
        long longest = 0;
        long start = BitSearch.nextClearBit(map, hi, runStartBefore(map, from, lo));
        while (start < to) {
            long end = BitSearch.nextSetBit(map, hi, start);
            longest = Math.max(longest, end - start);
            start = BitSearch.nextClearBit(map, hi, end);
        }
        return longest;
    }

    /** The first bit of the clear run ending just before {@code bit}, not below {@code lo}; {@code bit} when bit {@code bit - 1} is set. */
    private static long runStartBefore(Bitmap map, long bit, long lo) {
        long at = bit;
        while (at > lo) {
            int index = (int) ((at - 1) >>> 6);
            long value = map.word(index);
            long below = (at & 63) == 0 ? value : value & ((1L << at) - 1); // the word's bits before {@code at}
            if (below != 0) {
                return Math.max(lo, ((long) index << 6) + Long.SIZE - Long.numberOfLeadingZeros(below));
            }
            at = (long) index << 6;
        }
        return lo;
    }
}
