package dev.poolscope.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Per group of bitmap words, an upper bound on the longest run of clear bits inside the group
 * (runs cut at the group's edges), so that {@link SummarySearch} can skip a group that cannot hold
 * a request. The bound is only a hint: a set is still decided by the CAS on the words.
 *
 * <p>One {@code long} per group: bits 0-15 the bound ({@link #UNKNOWN} when none is known), bits
 * 16-31 how many clears of the group's bits are in progress, bits 32-63 a version that every change
 * of the long increments, so a compare-and-set from a value read earlier fails after any change.
 *
 * <p><b>Why no allocation misses memory a free released before the allocation began.</b> A clear
 * (a free, a rollback, a free's failed set-back) first {@link #beginClear enters} every group it
 * touches, then changes the words, then {@link #endClear leaves} them: a clear that was the only
 * one in progress in a group raises the group's bound to the longest run meeting its bits (read
 * from the words after its own changes and after reading the long; a change of the long since
 * makes it read again), and a clear that overlapped another sets it to UNKNOWN, since their runs
 * may join. A search skips a group only when it reads no clear in progress and a known bound below
 * its request. A search lowers a bound ({@link #tighten}) only from a value it read with no clear
 * in progress, before it read the group's words, by a compare-and-set that fails if the long
 * changed since. So, for a free F that has returned: a search that tightens after F's leave read
 * F's leave (or a later value) before its words, and acquire ordering makes it see F's cleared
 * bits; a search that read the long before F entered fails its compare-and-set. The bound after
 * F's leave is therefore at least the longest run of F's group once F's bits are clear: F raised
 * it to the longest run meeting its bits when no other clear was in progress, and every other run
 * is no longer than when the earlier bound held (a set only shortens runs), or a clear overlapping
 * F made it UNKNOWN. While a clear is in progress every search reads its group's words as the
 * reference scan does, so a search run while other threads stand still (the controlled scheduler)
 * gives exactly the reference's answer.
 */
final class RunSummary {

    /** The bound of a group whose longest run is not known: it never lets a search skip. */
    static final int UNKNOWN = 0xFFFF;

    /** At most this many words to a group: 4096 bits, so a bound fits below {@link #UNKNOWN}. */
    static final int MAX_GROUP_WORDS = 64;

    private static final VarHandle GROUP = MethodHandles.arrayElementVarHandle(long[].class);
    private static final long BOUND = 0xFFFFL;
    private static final long IN_FLIGHT_ONE = 1L << 16;
    private static final long IN_FLIGHT = 0xFFFFL << 16;
    private static final long VERSION_ONE = 1L << 32;

    private final long[] groups;
    private final int groupShift;

    private RunSummary(int wordCount, int groupShift) {
        this.groupShift = groupShift;
        this.groups = new long[((wordCount - 1) >>> groupShift) + 1];
        Arrays.fill(groups, UNKNOWN);
    }

    /**
     * The summary of a bitmap of {@code wordCount} words: groups of a power of two words, about a
     * sixteenth of the map and at most {@value #MAX_GROUP_WORDS}, so even a one-word chunk has a group
     * per word and a large one 64-word groups.
     */
    static RunSummary of(int wordCount) {
        int wanted = Math.max(1, Math.min(MAX_GROUP_WORDS, wordCount / 16));
        return new RunSummary(Math.max(1, wordCount), Integer.numberOfTrailingZeros(Integer.highestOneBit(wanted)));
    }

    /** log2 of the words in a group. */
    int groupShift() {
        return groupShift;
    }

    /**
     * Group {@code group}'s long. Acquire: the words read after it are at least as new as the
     * clears whose leave it shows.
     */
    long read(int group) {
        return (long) GROUP.getAcquire(groups, group);
    }

    /** True when a search for {@code nbits} must read the group whose long is {@code seen}. */
    static boolean mayHold(long seen, long nbits) {
        long bound = seen & BOUND;
        return (seen & IN_FLIGHT) != 0 || bound == UNKNOWN || bound >= nbits;
    }

    /**
     * Lowers the bound of {@code group} to {@code bound}, found by reading the group's words after
     * reading {@code seen}; does nothing when a clear was in progress then or the long has changed.
     */
    void tighten(int group, long seen, int bound) {
        if ((seen & IN_FLIGHT) == 0 && bound < (seen & BOUND)) {
            // one attempt: a failure means a clear or another search changed the group since, and a
            // bound from words read before that change may be too low; leaving the higher one is safe
            GROUP.compareAndSet(groups, group, seen, ((seen & ~BOUND) + VERSION_ONE) | bound);
        }
    }

    /** Marks the groups of bits {@code [fromBit, fromBit + nbits)} as having a clear in progress. */
    void beginClear(long fromBit, long nbits) {
        for (int g = firstGroup(fromBit); g <= lastGroup(fromBit, nbits); g++) {
            long seen = read(g);
            // CAS loop: it fails only when another thread changed the long, each time a step of theirs
            while (!GROUP.compareAndSet(groups, g, seen, seen + IN_FLIGHT_ONE + VERSION_ONE)) {
                seen = read(g);
            }
        }
    }

    /**
     * Ends the clear {@link #beginClear} began on {@code map}. A group with no other clear in progress
     * keeps a known bound, raised to the longest run the clear can have made ({@link ClearedRun});
     * otherwise its bound becomes UNKNOWN, since another clear's bits may join this one's.
     */
    void endClear(Bitmap map, long fromBit, long nbits) {
        for (int g = firstGroup(fromBit); g <= lastGroup(fromBit, nbits); g++) {
            long seen = read(g);
            // CAS loop: it fails only when another thread changed the long since the words were read,
            // and then the run is read again; the volatile CAS comes after the words' CASes, so a search
            // that reads this value sees the cleared bits
            while (!GROUP.compareAndSet(groups, g, seen,
                    ((seen & ~BOUND) - IN_FLIGHT_ONE + VERSION_ONE) | boundAfterClear(map, g, seen, fromBit, nbits))) {
                seen = read(g);
            }
        }
    }

    /**
     * The bound of group {@code group} after a clear, from its long {@code seen} (read before its words):
     * with this clear the only one in progress, the bound held for every bit but the clear's, and only
     * runs meeting the cleared bits can have grown.
     */
    private long boundAfterClear(Bitmap map, int group, long seen, long fromBit, long nbits) {
        long bound = seen & BOUND;
        if ((seen & IN_FLIGHT) != IN_FLIGHT_ONE || bound == UNKNOWN) {
            return UNKNOWN;
        }
        long lo = (long) group << (groupShift + 6);
        long hi = Math.min(map.bitCount(), lo + (Long.SIZE << groupShift));
        long run = ClearedRun.longestAround(map, Math.max(lo, fromBit), Math.min(hi, fromBit + nbits), lo, hi);
        return Math.max(bound, run);
    }

    /** Forgets every bound, for a bitmap whose words were all replaced; only while no other thread uses it. */
    void reset() {
        for (int g = 0; g < groups.length; g++) {
            GROUP.setVolatile(groups, g, ((read(g) & ~BOUND) + VERSION_ONE) | UNKNOWN);
        }
    }

    private int firstGroup(long fromBit) {
        return (int) (fromBit >>> (6 + groupShift));
    }

    private int lastGroup(long fromBit, long nbits) {
        return (int) ((fromBit + nbits - 1) >>> (6 + groupShift));
    }
}
