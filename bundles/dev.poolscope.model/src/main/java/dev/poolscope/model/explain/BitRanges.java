package dev.poolscope.model.explain;

import java.util.ArrayList;
import java.util.List;

/** Bits of a word written as chunk bit numbers: "bit 5", "bits 60..63", "bits 0..3, 8..11". */
final class BitRanges {

    private BitRanges() {
    }

    /** The bits of {@code mask} in word {@code word}, numbered as bits of the chunk. */
    static String of(int word, long mask) {
        long base = (long) word << 6;
        List<String> ranges = new ArrayList<>();
        long rest = mask;
        while (rest != 0) {
            int first = Long.numberOfTrailingZeros(rest);
            int end = first + Long.numberOfTrailingZeros(~(rest >>> first));
            ranges.add(range(base + first, end - first));
            rest &= end == Long.SIZE ? 0 : -1L << end;
        }
        boolean one = Long.bitCount(mask) == 1;
        return (one ? "bit " : "bits ") + String.join(", ", ranges);
    }

    /** {@code nbits} bits from {@code start}: "bits 60..63", or "bit 60" for one. */
    static String span(long start, long nbits) {
        return (nbits == 1 ? "bit " : "bits ") + range(start, nbits);
    }

    private static String range(long start, long nbits) {
        return nbits == 1 ? Long.toString(start) : start + ".." + (start + nbits - 1);
    }
}
