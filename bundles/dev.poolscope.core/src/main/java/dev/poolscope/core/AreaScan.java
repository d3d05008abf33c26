package dev.poolscope.core;

/**
 * One search of {@link SummarySearch}: the lowest aligned bit {@code p >= start} whose {@code nbits}
 * bits are all clear and end within the map, found a word at a time and skipping the groups whose
 * {@link RunSummary} bound is below the request.
 *
 * <p>A word is judged whole: the run of clear bits carried from the words before it is extended by
 * its low clear bits and tried at its lowest aligned bit; the runs lying inside the word are found
 * by folding (bit {@code p} of {@code c & c >>> s} is set when bits {@code p..p+2s-1} of {@code c}
 * are); its high clear bits are carried on. Aligned bits are {@code p} with
 * {@code ((p + alignOffset) & alignMask) == 0}, as the kernel's search aligns. Bits before
 * {@code start} and past the map's end count as set.
 */
final class AreaScan {

    /** No fit found, and no run carried. */
    static final long NONE = -1;

    private final Bitmap map;
    private final RunSummary summary;
    private final long size;
    private final long start;
    private final long nbits;
    private final long alignMask;
    private final long alignOffset;
    /** The aligned bits of a word, for alignments of at most 64 bits (the same in every word). */
    private final long everyWordAligned;
    /** The first bit of the clear run reaching the current word, or {@link #NONE}. */
    private long runStart = NONE;
    /** The longest run inside the current group, as a bound: clear run so far, and longest seen. */
    private long groupRun;
    private long groupLongest;

    AreaScan(Bitmap map, RunSummary summary, long start, long nbits, long alignMask, long alignOffset) {
        this.map = map;
        this.summary = summary;
        this.size = map.bitCount();
        this.start = start;
        this.nbits = nbits;
        this.alignMask = alignMask;
        this.alignOffset = alignOffset;
        this.everyWordAligned = alignMask < Long.SIZE ? spread(alignMask + 1) << ((-alignOffset) & alignMask) : 0;
    }

    /** The first fitting bit, or {@link #NONE}; requires {@code start < size} and {@code nbits > 0}. */
    long find() {
        int shift = summary.groupShift();
        int lastWord = (int) ((size - 1) >>> 6);
        long found = NONE;
        for (int word = (int) (start >>> 6); word <= lastWord && found == NONE; ) {
            int group = word >>> shift;
            int groupEnd = Math.min(lastWord, ((group + 1) << shift) - 1);
            boolean whole = ((long) group << (shift + 6)) >= start;
            long seen = whole ? summary.read(group) : 0;
            if (whole && !RunSummary.mayHold(seen, nbits)) {
                found = skipGroup(word, groupEnd);
            } else {
                found = scanGroup(word, groupEnd, whole ? group : -1, seen);
            }
            word = groupEnd + 1;
        }
        return found;
    }

    /**
     * Reads every word of a group; when the group lies wholly past {@code start} and holds no fit,
     * lowers its bound to what the words showed.
     */
    private long scanGroup(int first, int last, int group, long seen) {
        groupRun = 0;
        groupLongest = 0;
        long found = NONE;
        for (int word = first; word <= last && found == NONE; word++) {
            found = step(word, load(word));
        }
        if (found == NONE && group >= 0) {
            summary.tighten(group, seen, (int) Math.min(RunSummary.UNKNOWN - 1, Math.max(groupLongest, groupRun)));
        }
        return found;
    }

    /**
     * A group whose runs are all shorter than the request: only a run crossing its edges can hold a
     * fit, so only the words up to its first set bit and from its last set bit on are read.
     */
    private long skipGroup(int first, int last) {
        long found = NONE;
        int word = first;
        long value;
        do { // the run carried in, through the group's leading clear words, to its first set bit
            value = load(word);
            found = step(word, value);
            word++;
        } while (found == NONE && value == 0 && word <= last);
        if (found == NONE && word <= last) {
            int from = lastSetWord(word, last);
            if (from >= word) {
                runStart = NONE; // the run reaching that word lies inside the group, so is too short
                word = from;
            }
            for (; word <= last && found == NONE; word++) {
                found = step(word, load(word));
            }
        }
        return found;
    }

    /** The last word in {@code [from, last]} with a set bit, or {@code from - 1} when all are clear. */
    private int lastSetWord(int from, int last) {
        int word = last;
        while (word >= from && load(word) == 0) {
            word--;
        }
        return word;
    }

    /** Judges word {@code word} (value {@code value}): a fit, or {@link #NONE} with the carried run updated. */
    private long step(int word, long value) {
        long base = (long) word << 6;
        long found = NONE;
        if (runStart != NONE) {
            long candidate = align(runStart);
            if (candidate + nbits <= base + Long.numberOfTrailingZeros(value)) {
                found = candidate;
            }
        }
        // a word with fewer clear bits than the request holds no run of it: no fold needed
        long runs = nbits <= Long.SIZE - Long.bitCount(value) ? runsInside(~value) : 0;
        long fits = runs & aligned(base);
        if (found == NONE && fits != 0) {
            found = base + Long.numberOfTrailingZeros(fits);
        }
        bound(value, runs);
        if (value == 0) {
            runStart = runStart == NONE ? base : runStart;
        } else {
            int high = Long.numberOfLeadingZeros(value);
            runStart = high == 0 ? NONE : base + Long.SIZE - high;
        }
        return found;
    }

    /** The bits where a run of {@code nbits} clear bits lying inside the word starts. */
    private long runsInside(long clear) {
        long runs = clear;
        long length = 1;
        while (length < nbits && runs != 0) {
            long by = Math.min(length, nbits - length);
            runs &= runs >>> by; // bit p: bits p..p+length-1 and p+by..p+by+length-1 clear, which overlap or touch
            length += by;
        }
        return runs;
    }

    /** Adds a word to the bound of its group's longest run; {@code runs} are its inside runs of the request's length. */
    private void bound(long value, long runs) {
        if (value == 0) {
            groupRun += Long.SIZE;
        } else {
            groupLongest = Math.max(groupLongest, groupRun + Long.numberOfTrailingZeros(value));
            // no run inside the word is longer than its clear bits, nor (when the fold found none) the request
            long inside = Long.SIZE - Long.bitCount(value);
            if (nbits <= Long.SIZE && runs == 0) {
                inside = Math.min(inside, nbits - 1);
            }
            groupLongest = Math.max(groupLongest, inside);
            groupRun = Long.numberOfLeadingZeros(value);
        }
    }

    /** The word's value with the bits before {@code start} and from the map's end on counted as set. */
    private long load(int word) {
        long value = map.word(word);
        long base = (long) word << 6;
        if (base < start) {
            value |= ~(-1L << (start - base));
        }
        if (base + Long.SIZE > size) {
            value |= -1L << (size - base);
        }
        return value;
    }

    /** The lowest aligned bit at or after {@code bit}, as the kernel's search rounds. */
    private long align(long bit) {
        return ((bit + alignOffset + alignMask) & ~alignMask) - alignOffset;
    }

    /** The aligned bits of the word from bit {@code base}. */
    private long aligned(long base) {
        if (alignMask < Long.SIZE) {
            return everyWordAligned;
        }
        long first = (-(base + alignOffset)) & alignMask;
        return first < Long.SIZE ? 1L << first : 0;
    }

    /** A word with every {@code period}-th bit set from bit 0 ({@code period} a power of two up to 64). */
    private static long spread(long period) {
        return period == Long.SIZE ? 1 : Long.divideUnsigned(-1L, (1L << period) - 1);
    }
}
