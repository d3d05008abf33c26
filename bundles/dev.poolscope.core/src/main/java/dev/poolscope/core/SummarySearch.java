package dev.poolscope.core;

/**
 * The fast area search: the same answer as the kernel's {@link BitSearch#nextClearArea} on a bitmap
 * no one changes meanwhile, failure value included, found a word at a time ({@link AreaScan}) and
 * skipping groups that the bitmap's {@link RunSummary} shows cannot hold the request. Like the
 * kernel's, it reads words other threads may be changing: its answer is a candidate the set's CAS
 * confirms or refutes.
 */
final class SummarySearch {

    private SummarySearch() {
    }

    /** As {@link BitSearch#nextClearArea} over the whole map ({@code size} = its bit count). */
    static long nextClearArea(Bitmap map, RunSummary summary, long start, long nbits, long alignMask, long alignOffset) {
        long size = map.bitCount();
        if (nbits == 0 || Long.compareUnsigned(nbits, size) > 0 || Long.compareUnsigned(start, size) >= 0) {
            // nothing to skip: the kernel's search answers these at its first candidate
            return BitSearch.nextClearArea(map, size, start, nbits, alignMask, alignOffset);
        }
        long found = new AreaScan(map, summary, start, nbits, alignMask, alignOffset).find();
        return found != AreaScan.NONE ? found : failure(map, size, start, nbits, alignMask, alignOffset);
    }

    /**
     * What the kernel's search returns when nothing fits: the end of the last candidate it tried, the
     * first one ending past the map. Without alignment its candidates are the first clear bit from
     * {@code start} and then the first bit of every later run of clear bits, so the last one is the
     * first run to start after {@code size - nbits} (or the end); with alignment a candidate depends
     * on the one before, so the kernel's search itself is run.
     */
    private static long failure(Bitmap map, long size, long start, long nbits, long alignMask, long alignOffset) {
        if (alignMask != 0) {
            return BitSearch.nextClearArea(map, size, start, nbits, alignMask, alignOffset);
        }
        long first = BitSearch.nextClearBit(map, size, start);
        return first + nbits > size ? first + nbits : firstRunStart(map, size, size - nbits + 1) + nbits;
    }

    /** The first clear bit in {@code [from, size)} whose bit before is set, or {@code size}; {@code from >= 1}. */
    private static long firstRunStart(Bitmap map, long size, long from) {
        int word = (int) (from >>> 6);
        int last = (int) ((size - 1) >>> 6);
        long below = word == 0 ? 0 : map.word(word - 1) >>> 63;
        long keep = -1L << from;
        long found = size;
        for (; word <= last && found == size; word++) {
            long base = (long) word << 6;
            long value = map.word(word);
            if (base + Long.SIZE > size) {
                value |= -1L << (size - base); // bits past the end are never a run's start
            }
            long starts = ~value & ((value << 1) | below) & keep;
            if (starts != 0) {
                found = base + Long.numberOfTrailingZeros(starts);
            }
            below = value >>> 63;
            keep = -1L;
        }
        return found;
    }
}
