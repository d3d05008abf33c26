package dev.poolscope.analysis.fragmentation;

import java.util.List;

/**
 * The free extents of a chunk, or of a pool's chunks together, at one moment, and the fragmentation
 * metrics they give (see {@link FragmentationMetric} for the formulas). Units are allocation units (bits).
 * Immutable.
 *
 * <p>It keeps every extent's start (relative to its own chunk) and length, not only a histogram of
 * lengths: lengths alone give U(n) and FI(n) for any n, but the aligned variant needs each extent's
 * offset inside its chunk, since alignment counts from the chunk's first unit. With starts kept, a pool
 * is its chunks' extents side by side ({@link #combine}), so every metric of the pool, for any n, is
 * computed from its extents exactly as a chunk's is; extents never join across chunks. The cost is two
 * {@code long}s per extent, and a chunk of N units has at most N/2 extents.
 */
public final class ExtentStats {

    /** The number of power-of-two length classes a {@code long} length can fall in. */
    public static final int CLASSES = 64;

    private final long[] starts;
    private final long[] lengths;
    private final long free;
    private final long largest;

    /** Takes ownership of the arrays: extent {@code i} starts at {@code starts[i]} and has {@code lengths[i]} units. */
    ExtentStats(long[] starts, long[] lengths) {
        this.starts = starts;
        this.lengths = lengths;
        long sum = 0;
        long max = 0;
        for (long length : lengths) {
            sum += length;
            max = Math.max(max, length);
        }
        this.free = sum;
        this.largest = max;
    }

    /**
     * The extents of one chunk: {@code words} is its bitmap (bit i is bit i%64 of word i/64, set =
     * allocated), exactly {@code bitCount} bits rounded up to whole words; bits of the last word past
     * {@code bitCount} are outside the chunk, neither free nor allocated.
     */
    public static ExtentStats ofChunk(long[] words, long bitCount) {
        return ExtentScan.scan(words, bitCount);
    }

    /** A pool's extents: each chunk's extents, which stay apart (no extent spans two chunks). */
    public static ExtentStats combine(List<ExtentStats> chunks) {
        int total = 0;
        for (ExtentStats chunk : chunks) {
            total = Math.addExact(total, chunk.extents());
        }
        long[] starts = new long[total];
        long[] lengths = new long[total];
        int at = 0;
        for (ExtentStats chunk : chunks) {
            System.arraycopy(chunk.starts, 0, starts, at, chunk.extents());
            System.arraycopy(chunk.lengths, 0, lengths, at, chunk.extents());
            at += chunk.extents();
        }
        return new ExtentStats(starts, lengths);
    }

    /** F: free units. */
    public long free() {
        return free;
    }

    /** R: the number of free extents. */
    public int extents() {
        return lengths.length;
    }

    /** L: the longest free extent, 0 when there is none. */
    public long largest() {
        return largest;
    }

    /** F/R, 0 when there is no extent. */
    public double meanExtent() {
        return lengths.length == 0 ? 0 : (double) free / lengths.length;
    }

    /** Extent {@code i}'s first unit, relative to its chunk's first unit; extents are in chunk and bitmap order. */
    public long extentStart(int i) {
        return starts[i];
    }

    public long extentLength(int i) {
        return lengths[i];
    }

    /** Count of extents per class, {@link #CLASSES} entries: class c holds lengths 2^c &le; len &lt; 2^(c+1). */
    public long[] histogram() {
        long[] classes = new long[CLASSES];
        for (long length : lengths) {
            classes[lengthClass(length)]++;
        }
        return classes;
    }

    /** The power-of-two class of a positive length: floor(log2(length)). */
    public static int lengthClass(long length) {
        return 63 - Long.numberOfLeadingZeros(length);
    }

    /** E = 1 - L/F, 0 when nothing is free. */
    public double external() {
        return ExtentFormulas.external(free, largest);
    }

    /** S(n): how many requests of n units the extents hold, each extent counted alone. */
    public long slots(long n) {
        checkRequest(n);
        long slots = 0;
        for (long length : lengths) {
            slots += length / n;
        }
        return slots;
    }

    /** The slots of n units that start on a unit that is a multiple of n within the extent's chunk. */
    public long alignedSlots(long n) {
        checkRequest(n);
        long slots = 0;
        for (int i = 0; i < lengths.length; i++) {
            slots += ExtentFormulas.alignedSlots(starts[i], lengths[i], n);
        }
        return slots;
    }

    /** U(n) = (F - n*S(n)) / F: the share of free units no request of n units can use; 1 when nothing is free. */
    public double unusable(long n) {
        return unusableGiven(slots(n), n);
    }

    /** U(n) with only n-aligned slots counted, as an aligning algorithm sees the free units. */
    public double unusableAligned(long n) {
        return unusableGiven(alignedSlots(n), n);
    }

    private double unusableGiven(long slots, long n) {
        return ExtentFormulas.unusable(free, slots, n);
    }

    /**
     * FI(n), the kernel's fragmentation index: -1 when some extent holds n units (a failure would not be
     * fragmentation's), 0 when nothing is free, else 1 - (1 + F/n)/R, which nears 1 as the free units
     * spread over more, smaller extents.
     */
    public double fragmentationIndex(long n) {
        return ExtentFormulas.fragmentationIndex(free, largest, lengths.length, n);
    }

    private static void checkRequest(long n) {
        ExtentFormulas.checkRequest(n);
    }

    @Override
    public String toString() {
        return "F=" + free + " R=" + lengths.length + " L=" + largest;
    }
}
