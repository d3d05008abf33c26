package dev.poolscope.analysis.fragmentation;

/**
 * One chunk's free extents, kept up to date one bitmap word change at a time: a change touches only
 * the extents that meet its word or end at its edges, so an event costs the runs of one word, the
 * skip over wholly free words to its neighbours' run ends ({@link FreeWords}) and a count per length
 * ({@link LengthCounts}), never a rescan. It keeps F, R, L (a count per length, so L survives removals), the
 * histogram, and S(n), Sa(n) for its request sizes, each changed as extents come and go; the extents
 * themselves are the bitmap's, listed by a scan only when {@link #stats()} asks. Bits of the last
 * word past the chunk's bit count are outside the chunk.
 */
public final class ChunkExtents implements FreeExtents {

    private final long bitCount;
    private final FreeWords words;
    private final long[] requests;
    /** How many extents have each length: the longest is L. */
    private final LengthCounts lengthCounts = new LengthCounts();
    private final long[] histogram = new long[ExtentStats.CLASSES];
    private final long[] slots;
    private final long[] alignedSlots;
    private long free;
    private long extentCount;

    /** A clear chunk of {@code bitCount} units tracking S(n) for each n of {@code requestUnits}. */
    public ChunkExtents(long bitCount, long[] requestUnits) {
        if (bitCount < 0) {
            throw new IllegalArgumentException("negative bit count " + bitCount);
        }
        for (long n : requestUnits) {
            ExtentFormulas.checkRequest(n);
        }
        this.bitCount = bitCount;
        this.words = new FreeWords(bitCount);
        this.requests = requestUnits.clone();
        this.slots = new long[requests.length];
        this.alignedSlots = new long[requests.length];
        if (bitCount > 0) {
            count(0, bitCount, 1);
        }
    }

    /** Flips the bits {@code flipped} of word {@code word}: a change's {@code before ^ after}, right in any order. */
    public void flip(int word, long flipped) {
        if (flipped != 0) {
            long before = words.free(word);
            words.flip(word, flipped);
            recount(word, before, words.free(word));
        }
    }

    /** Word {@code word} as it is now (bits past the chunk's end as the changes left them). */
    public long word(int word) {
        return words.word(word);
    }

    /** The words now, a copy. */
    public long[] words() {
        return words.copy();
    }

    public long bitCount() {
        return bitCount;
    }

    /** The extents now, as a snapshot whose every metric (any n) {@link ExtentStats} computes. */
    public ExtentStats stats() {
        return ExtentScan.scan(words.copy(), bitCount);
    }

    /**
     * Takes away the extents that word {@code word}'s free bits {@code before} gave, with the free runs
     * reaching in from its left and right, and counts those its free bits {@code after} give. A run from
     * outside that neither value joins is left as it is.
     */
    private void recount(int word, long before, long after) {
        long base = (long) word << 6;
        long end = Math.min(base + 64, bitCount);
        long firstBit = 1L;
        long lastBit = 1L << (end - base - 1);
        long prefixStart = ((before | after) & firstBit) != 0 ? words.runStartBefore(base) : -1;
        long suffixEnd = ((before | after) & lastBit) != 0 ? words.runEndFrom(end) : -1;
        countRuns(base, end, before, prefixStart, suffixEnd, -1);
        countRuns(base, end, after, prefixStart, suffixEnd, 1);
    }

    /**
     * Counts, with {@code sign}, the extents of the word [base, end) whose free bits are {@code free},
     * joined to a free run from {@code prefixStart} up to base and one from end up to {@code suffixEnd}
     * (-1 when there is none).
     */
    private void countRuns(long base, long end, long free, long prefixStart, long suffixEnd, int sign) {
        long open = prefixStart;
        long openEnd = base;
        long bits = free;
        while (bits != 0) {
            int runStart = Long.numberOfTrailingZeros(bits);
            long after = ~bits & (-1L << runStart);
            int runEnd = after == 0 ? 64 : Long.numberOfTrailingZeros(after);
            if (open >= 0 && base + runStart != openEnd) {
                count(open, openEnd - open, sign);
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
            count(open, (joinsSuffix ? suffixEnd : openEnd) - open, sign);
        }
        if (suffixEnd >= 0 && !joinsSuffix) {
            count(end, suffixEnd - end, sign);
        }
    }

    /** Adds ({@code sign} 1) or takes away (-1) the extent of {@code length} units at {@code start}. */
    private void count(long start, long length, int sign) {
        free += sign * length;
        extentCount += sign;
        if (sign > 0) {
            lengthCounts.add(length);
        } else {
            lengthCounts.remove(length);
        }
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
        return extentCount;
    }

    @Override
    public long largest() {
        return lengthCounts.largest();
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
