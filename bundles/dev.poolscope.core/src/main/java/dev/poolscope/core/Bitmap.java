package dev.poolscope.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A chunk's allocation bitmap: one bit per allocation unit, 64 bits to a word, bit {@code b} in
 * word {@code b / 64} at position {@code b % 64}. In the lockless variants a word changes only by
 * compare-and-swap; the pre-patch variant stores words plainly while holding the chunk's lock.
 * Anyone may read words at any time; each read returns a whole word.
 */
public final class Bitmap {

    private static final VarHandle WORD = MethodHandles.arrayElementVarHandle(long[].class);

    private final long[] words;
    private final long bitCount;
    /** The longest runs' bounds per group of words, or null when searched by the reference scan. */
    private final RunSummary summary;

    /** A clear bitmap of {@code bitCount} bits, which {@link PoolLimits} has already bounded, searched as {@code mode} says. */
    Bitmap(long bitCount, SearchMode mode) {
        this(bitCount, mode == SearchMode.SUMMARIES ? RunSummary.of(wordsFor(bitCount)) : null);
    }

    /** A clear bitmap kept and searched with {@code summary} (made for its word count), or by the reference scan when null. */
    Bitmap(long bitCount, RunSummary summary) {
        this.bitCount = bitCount;
        this.words = new long[wordsFor(bitCount)];
        this.summary = summary;
    }

    private Bitmap(Bitmap searchedOtherwise) {
        this.bitCount = searchedOtherwise.bitCount;
        this.words = searchedOtherwise.words;
        this.summary = null;
    }

    /**
     * This bitmap's words, searched by the {@link SearchMode#REFERENCE reference} scan: for setting
     * the two searches side by side on one bitmap. The view only reads; its words change with this map's.
     */
    public Bitmap referenceView() {
        return summary == null ? this : new Bitmap(this);
    }

    /**
     * The kernel's bitmap_find_next_zero_area_off over the whole map: the lowest {@code index >= start}
     * with {@code ((index + alignOffset) & alignMask) == 0} whose {@code nbits} bits are all clear; on
     * failure a value greater than the bit count (the end of the last candidate the kernel tries).
     */
    long nextClearArea(long start, long nbits, long alignMask, long alignOffset) {
        return summary == null
                ? BitSearch.nextClearArea(this, bitCount, start, nbits, alignMask, alignOffset)
                : SummarySearch.nextClearArea(this, summary, start, nbits, alignMask, alignOffset);
    }

    private static int wordsFor(long bitCount) {
        return (int) ((bitCount + Long.SIZE - 1) >>> 6);
    }

    public long bitCount() {
        return bitCount;
    }

    public int wordCount() {
        return words.length;
    }

    /**
     * Reads word {@code index}. Opaque access: the read is atomic and not stale forever, but orders
     * nothing; that is enough because every decision taken from it is checked again by a CAS.
     */
    public long word(int index) {
        return (long) WORD.getOpaque(words, index);
    }

    public boolean isSet(long bit) {
        return (word((int) (bit >>> 6)) & (1L << bit)) != 0;
    }

    /** Copies every word into {@code into}; each word is read whole, the map as a whole is not a snapshot. */
    public void copyWords(long[] into) {
        for (int i = 0; i < words.length; i++) {
            into[i] = word(i);
        }
    }

    /** Sets every word to {@code from}'s (a snapshot's); only while no other thread uses the map. */
    void restore(long[] from) {
        if (summary != null) {
            summary.reset();
        }
        for (int i = 0; i < words.length; i++) {
            // volatile stores: a reader on another thread (a view) that sees a word sees those before it too
            WORD.setVolatile(words, i, from[i]);
        }
    }

    /**
     * Changes the {@code nbits} bits from {@code startBit}, word by word, from the lowest word up,
     * and stops at the first word where some bit is already in the target state.
     *
     * @param underLock true when the caller holds the chunk's lock (pre-patch): words are stored
     *                  plainly instead of swapped
     * @return how many of the bits were not changed: 0 on success; otherwise the bits of the failing
     *         word and every word after it, so {@code nbits - result} bits from {@code startBit} were changed
     */
    long changeRange(Chunk chunk, long startBit, long nbits, BitChange change, boolean underLock, Probe probe) {
        long remaining;
        if (summary == null || change == BitChange.SET || nbits == 0) {
            remaining = changeWords(chunk, startBit, nbits, change, underLock, probe); // a set only shortens runs: every bound stays an upper bound
        } else {
            summary.beginClear(startBit, nbits);
            try {
                remaining = changeWords(chunk, startBit, nbits, change, underLock, probe);
            } finally {
                summary.endClear(this, startBit, nbits); // also after a clear that stopped part-way: some bits did clear
            }
        }
        return remaining;
    }

    /** {@link #changeRange} on the words alone. */
    private long changeWords(Chunk chunk, long startBit, long nbits, BitChange change, boolean underLock, Probe probe) {
        long bit = startBit;
        long remaining = nbits;
        boolean changed = true;
        while (changed && remaining > 0) {
            int index = (int) (bit >>> 6);
            int count = (int) Math.min(Long.SIZE - (bit & 63), remaining);
            long mask = WordMasks.within(bit, bit + count);
            changed = underLock
                    ? storeWord(chunk, index, mask, change, probe)
                    : swapWord(chunk, index, mask, change, probe);
            if (changed) {
                bit += count;
                remaining -= count;
            }
        }
        return remaining;
    }

    /** The lockless word change: CAS until the change lands or a bit of the mask conflicts. */
    private boolean swapWord(Chunk chunk, int index, long mask, BitChange change, Probe probe) {
        long seen = word(index); // only a first guess: the CAS below fails unless it is still current
        probe.wordRead(chunk, index, seen);
        boolean changed = false;
        while (!changed && !change.conflicts(seen, mask)) {
            long desired = change.apply(seen, mask);
            // compareAndExchange is a volatile CAS, fully fenced like the kernel's cmpxchg: a set
            // acquires the memory the last free released, a clear publishes the freeing thread's writes.
            long witnessed = (long) WORD.compareAndExchange(words, index, seen, desired);
            changed = witnessed == seen;
            probe.casAttempt(chunk, index, seen, desired, witnessed, changed);
            // on a failed CAS another thread changed some bit of the word: judge the mask on its value
            seen = witnessed;
        }
        return changed;
    }

    /** The pre-patch word change: a plain read-modify-write, correct only under the chunk's lock. */
    private boolean storeWord(Chunk chunk, int index, long mask, BitChange change, Probe probe) {
        long before = word(index);
        probe.wordRead(chunk, index, before);
        boolean changed = !change.conflicts(before, mask);
        if (changed) {
            long after = change.apply(before, mask);
            // the lock orders writers; release mode only keeps lock-free readers (the UI) from seeing a torn word
            WORD.setRelease(words, index, after);
            probe.wordStore(chunk, index, before, after);
        }
        return changed;
    }
}
