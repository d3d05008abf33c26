package dev.poolscope.core;

/**
 * The kernel's bitmap searches (find_next_bit, find_next_zero_bit, bitmap_find_next_zero_area_off)
 * over a {@link Bitmap}. Reads are racy by design, as in the kernel: a result is only a candidate
 * that the CAS of the set confirms or refutes.
 *
 * <p>Bit positions are unsigned 64-bit values. A failed area search returns a value past the end
 * that the v4 variant carries into its next chunk as the search start, so it may exceed
 * {@code Long.MAX_VALUE}; every comparison here is unsigned.
 */
final class BitSearch {

    private BitSearch() {
    }

    /** The first set bit in {@code [from, size)}, or {@code size} when there is none. */
    static long nextSetBit(Bitmap map, long size, long from) {
        return nextBit(map, size, from, 0L);
    }

    /** The first clear bit in {@code [from, size)}, or {@code size} when there is none. */
    static long nextClearBit(Bitmap map, long size, long from) {
        return nextBit(map, size, from, -1L);
    }

    /** Scans words XOR-ed with {@code invert} (0 finds set bits, all ones finds clear bits). */
    private static long nextBit(Bitmap map, long size, long from, long invert) {
        long found = size;
        if (Long.compareUnsigned(from, size) < 0) {
            int index = (int) (from >>> 6);
            int last = (int) ((size - 1) >>> 6);
            long bits = (map.word(index) ^ invert) & (-1L << from);
            while (bits == 0 && index < last) {
                index++;
                bits = map.word(index) ^ invert;
            }
            if (bits != 0) {
                found = Math.min(size, ((long) index << 6) + Long.numberOfTrailingZeros(bits));
            }
        }
        return found;
    }

    /**
     * The lowest {@code index >= start} with {@code ((index + alignOffset) & alignMask) == 0} whose
     * {@code nr} bits are all clear and end within {@code size}; on failure a value greater than
     * {@code size} (the end of the last candidate tried, as the kernel returns it).
     */
    static long nextClearArea(Bitmap map, long size, long start, long nr, long alignMask, long alignOffset) {
        long from = start;
        long result = 0;
        boolean done = false;
        while (!done) {
            long index = nextClearBit(map, size, from);
            index = ((index + alignOffset + alignMask) & ~alignMask) - alignOffset;
            long end = index + nr;
            if (Long.compareUnsigned(end, size) > 0) {
                result = end;
                done = true;
            } else {
                long busy = nextSetBit(map, end, index);
                done = Long.compareUnsigned(busy, end) >= 0;
                result = index;
                from = busy + 1;
            }
        }
        return result;
    }
}
