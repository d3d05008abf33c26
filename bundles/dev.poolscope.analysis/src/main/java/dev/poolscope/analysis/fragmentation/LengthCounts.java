package dev.poolscope.analysis.fragmentation;

import java.util.TreeMap;

/**
 * How many free extents have each length, for the largest one (L) after removals: a count per length
 * in an array for lengths below {@value #SMALL}, the lengths a fragmented chunk mostly has, with a bit
 * per length present, and a sorted map for the longer ones, which are few. Counting costs an array
 * store for a short extent where a sorted map cost a tree update; the largest is asked once per
 * series point, so it may scan the {@value #SMALL} bits.
 */
final class LengthCounts {

    /** Lengths below this are counted in the array. */
    static final int SMALL = 4096;

    private final int[] small = new int[SMALL];
    private final long[] present = new long[SMALL / 64];
    private final TreeMap<Long, Integer> large = new TreeMap<>();

    void add(long length) {
        if (length < SMALL) {
            int at = (int) length;
            if (small[at]++ == 0) {
                present[at >>> 6] |= 1L << at;
            }
        } else {
            large.merge(length, 1, Integer::sum);
        }
    }

    /** Takes away one extent of {@code length}, which was added. */
    void remove(long length) {
        if (length < SMALL) {
            int at = (int) length;
            if (--small[at] == 0) {
                present[at >>> 6] &= ~(1L << at);
            }
        } else {
            large.compute(length, (key, count) -> count == 1 ? null : count - 1);
        }
    }

    /** The longest length counted, or 0 when none is. */
    long largest() {
        if (!large.isEmpty()) {
            return large.lastKey();
        }
        for (int group = present.length - 1; group >= 0; group--) {
            if (present[group] != 0) {
                return ((long) group << 6) + 63 - Long.numberOfLeadingZeros(present[group]);
            }
        }
        return 0;
    }
}
