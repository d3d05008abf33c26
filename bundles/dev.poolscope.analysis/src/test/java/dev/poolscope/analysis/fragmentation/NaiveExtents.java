package dev.poolscope.analysis.fragmentation;

import java.util.ArrayList;
import java.util.List;

/** The reference: extents found by a plain loop over bits, and each metric counted from them unit by unit. */
final class NaiveExtents {

    /** A free extent [start, start + length) of one chunk. */
    record Extent(long start, long length) {
    }

    private final List<Extent> extents;

    NaiveExtents(List<Extent> extents) {
        this.extents = extents;
    }

    static NaiveExtents of(long[] words, long bitCount) {
        List<Extent> extents = new ArrayList<>();
        long start = -1;
        for (long bit = 0; bit <= bitCount; bit++) {
            boolean free = bit < bitCount && (words[(int) (bit / 64)] & (1L << (bit % 64))) == 0;
            if (free && start < 0) {
                start = bit;
            } else if (!free && start >= 0) {
                extents.add(new Extent(start, bit - start));
                start = -1;
            }
        }
        return new NaiveExtents(extents);
    }

    List<Extent> extents() {
        return extents;
    }

    long free() {
        long free = 0;
        for (Extent extent : extents) {
            free += extent.length();
        }
        return free;
    }

    long largest() {
        long largest = 0;
        for (Extent extent : extents) {
            largest = Math.max(largest, extent.length());
        }
        return largest;
    }

    long[] histogram() {
        long[] classes = new long[64];
        for (Extent extent : extents) {
            int c = 0;
            while (extent.length() >= 2L << c) {
                c++;
            }
            classes[c]++;
        }
        return classes;
    }

    /** Slots of n units, placed greedily from each extent's start, or only at multiples of n when aligned. */
    long slots(long n, boolean aligned) {
        long slots = 0;
        for (Extent extent : extents) {
            long end = extent.start() + extent.length();
            long unit = extent.start();
            while (unit + n <= end) {
                if (!aligned || unit % n == 0) {
                    slots++;
                    unit += n;
                } else {
                    unit++;
                }
            }
        }
        return slots;
    }

    double unusable(long n, boolean aligned) {
        long free = free();
        return free == 0 ? 1 : (double) (free - n * slots(n, aligned)) / free;
    }

    double fragmentationIndex(long n) {
        if (extents.isEmpty()) {
            return 0;
        }
        if (largest() >= n) {
            return -1;
        }
        return 1 - (1 + (double) free() / n) / extents.size();
    }
}
