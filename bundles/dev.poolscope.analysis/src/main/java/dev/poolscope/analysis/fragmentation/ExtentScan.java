package dev.poolscope.analysis.fragmentation;

import java.util.Arrays;

/**
 * Finds the free extents of one chunk's bitmap a word at a time: full and empty words cost one test,
 * and a mixed word one {@link Long#numberOfTrailingZeros} per run boundary, never a loop over bits.
 */
final class ExtentScan {

    private long[] starts = new long[16];
    private long[] lengths = new long[16];
    private int count;
    /** The first unit of the extent being scanned, or -1 between extents. */
    private long runStart = -1;

    private ExtentScan() {
    }

    /** Scans {@code words}, which must hold exactly {@code bitCount} bits rounded up to whole words. */
    static ExtentStats scan(long[] words, long bitCount) {
        check(words, bitCount);
        ExtentScan scan = new ExtentScan();
        for (int word = 0; word < words.length; word++) {
            scan.word((long) word << 6, ~words[word] & validMask(word, bitCount));
        }
        scan.closeAt(bitCount);
        return new ExtentStats(Arrays.copyOf(scan.starts, scan.count), Arrays.copyOf(scan.lengths, scan.count));
    }

    private static void check(long[] words, long bitCount) {
        if (bitCount < 0) {
            throw new IllegalArgumentException("negative bit count " + bitCount);
        }
        long needed = (bitCount + 63) >>> 6;
        if (words.length != needed) {
            throw new IllegalArgumentException(bitCount + " bits need " + needed + " bitmap words, got " + words.length);
        }
    }

    /** The bits of word {@code word} inside the chunk: the last word may hold bits past its end. */
    private static long validMask(int word, long bitCount) {
        long past = bitCount - ((long) word << 6);
        return past >= 64 ? -1L : (1L << past) - 1;
    }

    /** Feeds one word's free bits (set = free), starting at unit {@code base}. */
    private void word(long base, long free) {
        if (free == 0) {
            closeAt(base);
        } else if (free == -1L) {
            openAt(base);
        } else {
            mixed(base, free);
        }
    }

    /** Alternates between the next free bit and the next allocated bit until the word runs out. */
    private void mixed(long base, long free) {
        int pos = 0;
        while (pos < 64) {
            long ahead = (runStart < 0 ? free : ~free) & (-1L << pos);
            if (ahead == 0) {
                return;
            }
            pos = Long.numberOfTrailingZeros(ahead);
            if (runStart < 0) {
                openAt(base + pos);
            } else {
                closeAt(base + pos);
            }
        }
    }

    private void openAt(long unit) {
        if (runStart < 0) {
            runStart = unit;
        }
    }

    private void closeAt(long unit) {
        if (runStart >= 0) {
            add(runStart, unit - runStart);
            runStart = -1;
        }
    }

    private void add(long start, long length) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        starts[count] = start;
        lengths[count] = length;
        count++;
    }
}
