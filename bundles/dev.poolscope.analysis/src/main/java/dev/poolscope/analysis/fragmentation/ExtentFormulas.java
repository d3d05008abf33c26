package dev.poolscope.analysis.fragmentation;

/**
 * The metric formulas ({@link FragmentationMetric} says them in words) from the counts they read, the
 * one place both the snapshot ({@link ExtentStats}) and the incremental trackers ({@link FreeExtents})
 * compute them.
 */
final class ExtentFormulas {

    private ExtentFormulas() {
    }

    /** E = 1 - L/F, 0 when nothing is free. */
    static double external(long free, long largest) {
        return free == 0 ? 0 : 1 - (double) largest / free;
    }

    /** U(n) = (F - n*S(n)) / F, 1 when nothing is free. */
    static double unusable(long free, long slots, long n) {
        return free == 0 ? 1 : (double) (free - n * slots) / free;
    }

    /** FI(n): -1 when some extent holds n units, 0 when there is no extent, else 1 - (1 + F/n)/R. */
    static double fragmentationIndex(long free, long largest, long extents, long n) {
        checkRequest(n);
        if (extents == 0) {
            return 0;
        }
        if (largest >= n) {
            return -1;
        }
        return 1 - (1 + (double) free / n) / extents;
    }

    /** The n-unit slots at multiples of n (from the chunk's first unit) inside the extent [start, start + length). */
    static long alignedSlots(long start, long length, long n) {
        long firstAligned = start / n + (start % n == 0 ? 0 : 1);
        long endAligned = (start + length) / n;
        return Math.max(0, endAligned - firstAligned);
    }

    static void checkRequest(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("request of " + n + " units: a request takes at least 1 unit");
        }
    }
}
