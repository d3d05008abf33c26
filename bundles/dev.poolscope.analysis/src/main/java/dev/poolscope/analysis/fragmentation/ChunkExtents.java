package dev.poolscope.analysis.fragmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One chunk's free extents, kept up to date one bitmap word change at a time: a change touches only
 * the extents that meet its word or end at its edges, so an event costs O(log R) plus the runs of
 * one word, never a rescan. It keeps F, R, L (a count per length, so L survives removals), the
 * histogram, and S(n), Sa(n) for its request sizes, each changed as extents come and go. Bits of the
 * last word past the chunk's bit count are outside the chunk.
 */
public final class ChunkExtents implements FreeExtents {

    private final long bitCount;
    private final long[] words;
    private final long[] requests;
    /** Extent start to length, in chunk order. */
    private final TreeMap<Long, Long> extents = new TreeMap<>();
    /** Length to how many extents have it: its last key is L. */
    private final TreeMap<Long, Integer> lengthCounts = new TreeMap<>();
    private final long[] histogram = new long[ExtentStats.CLASSES];
    private final long[] slots;
    private final long[] alignedSlots;
    private long free;

    /** A clear chunk of {@code bitCount} units tracking S(n) for each n of {@code requestUnits}. */
    public ChunkExtents(long bitCount, long[] requestUnits) {
        if (bitCount < 0) {
            throw new IllegalArgumentException("negative bit count " + bitCount);
        }
        for (long n : requestUnits) {
            ExtentFormulas.checkRequest(n);
        }
        this.bitCount = bitCount;
        this.words = new long[(int) ((bitCount + 63) >>> 6)];
        this.requests = requestUnits.clone();
        this.slots = new long[requests.length];
        this.alignedSlots = new long[requests.length];
        if (bitCount > 0) {
            add(0, bitCount);
        }
    }

    /** Flips the bits {@code flipped} of word {@code word}: a change's {@code before ^ after}, right in any order. */
    public void flip(int word, long flipped) {
        if (flipped != 0) {
            words[word] ^= flipped;
            rebuildAround(word);
        }
    }

    /** Word {@code word} as it is now (bits past the chunk's end as the changes left them). */
    public long word(int word) {
        return words[word];
    }

    /** The words now, a copy. */
    public long[] words() {
        return words.clone();
    }

    public long bitCount() {
        return bitCount;
    }

    /** The extents now, as a snapshot whose every metric (any n) {@link ExtentStats} computes. */
    public ExtentStats stats() {
        long[] starts = new long[extents.size()];
        long[] lengths = new long[extents.size()];
        int i = 0;
        for (Map.Entry<Long, Long> extent : extents.entrySet()) {
            starts[i] = extent.getKey();
            lengths[i] = extent.getValue();
            i++;
        }
        return new ExtentStats(starts, lengths);
    }

    /**
     * Replaces the extents that meet word {@code word} or touch its edges by those its new value gives:
     * the free run reaching in from the left (unchanged units before the word) and the one reaching in
     * from the right are kept and joined to the word's runs at its edges.
     */
    private void rebuildAround(int word) {
        long base = (long) word << 6;
        long end = Math.min(base + 64, bitCount);
        List<long[]> touched = new ArrayList<>(4);
        Map.Entry<Long, Long> left = extents.floorEntry(base - 1);
        if (left != null && left.getKey() + left.getValue() >= base) {
            touched.add(new long[] {left.getKey(), left.getValue()});
        }
        for (Map.Entry<Long, Long> inside : extents.subMap(base, true, end, true).entrySet()) {
            touched.add(new long[] {inside.getKey(), inside.getValue()});
        }
        long prefixStart = -1;
        long suffixEnd = -1;
        for (long[] extent : touched) {
            remove(extent[0], extent[1]);
            prefixStart = extent[0] < base ? extent[0] : prefixStart;
            suffixEnd = extent[0] + extent[1] > end ? extent[0] + extent[1] : suffixEnd;
        }
        addRuns(base, end, ~words[word] & validMask(base), prefixStart, suffixEnd);
    }

    /** The bits of the word at {@code base} inside the chunk. */
    private long validMask(long base) {
        long inside = bitCount - base;
        return inside >= 64 ? -1L : (1L << inside) - 1;
    }

    /**
     * Adds the extents of the word [base, end) whose free bits are {@code free}, joined to a free run
     * from {@code prefixStart} up to base and one from end up to {@code suffixEnd} (-1 when there is none).
     */
    private void addRuns(long base, long end, long free, long prefixStart, long suffixEnd) {
        long open = prefixStart;
        long openEnd = base;
        long bits = free;
        while (bits != 0) {
            int runStart = Long.numberOfTrailingZeros(bits);
            long after = ~bits & (-1L << runStart);
            int runEnd = after == 0 ? 64 : Long.numberOfTrailingZeros(after);
            if (open >= 0 && base + runStart != openEnd) {
                add(open, openEnd - open);
                open = -1;
            }
            if (open < 0) {
                open = base + runStart;
            }
            openEnd = base + runEnd;
            bits = runEnd == 64 ? 0 : bits & (-1L << runEnd);
        }
        boolean joinsSuffix = suffixEnd >= 0 && open >= 0 && openEnd == end;
        if (open >= 0) {
            add(open, (joinsSuffix ? suffixEnd : openEnd) - open);
        }
        if (suffixEnd >= 0 && !joinsSuffix) {
            add(end, suffixEnd - end);
        }
    }

    private void add(long start, long length) {
        extents.put(start, length);
        lengthCounts.merge(length, 1, Integer::sum);
        count(start, length, 1);
    }

    private void remove(long start, long length) {
        extents.remove(start);
        lengthCounts.compute(length, (key, count) -> count == 1 ? null : count - 1);
        count(start, length, -1);
    }

    private void count(long start, long length, int sign) {
        free += sign * length;
        histogram[ExtentStats.lengthClass(length)] += sign;
        for (int i = 0; i < requests.length; i++) {
            slots[i] += sign * (length / requests[i]);
            alignedSlots[i] += sign * ExtentFormulas.alignedSlots(start, length, requests[i]);
        }
    }

    @Override
    public long[] requestUnits() {
        return requests.clone();
    }

    @Override
    public long requestUnit(int request) {
        return requests[request];
    }

    @Override
    public long free() {
        return free;
    }

    @Override
    public long extents() {
        return extents.size();
    }

    @Override
    public long largest() {
        return lengthCounts.isEmpty() ? 0 : lengthCounts.lastKey();
    }

    @Override
    public long[] histogram() {
        return histogram.clone();
    }

    @Override
    public long slots(int request) {
        return slots[request];
    }

    @Override
    public long alignedSlots(int request) {
        return alignedSlots[request];
    }
}
