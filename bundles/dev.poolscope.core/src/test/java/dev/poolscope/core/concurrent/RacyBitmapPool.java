package dev.poolscope.core.concurrent;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The control for the Lincheck test: a one-chunk first-fit pool shaped like the real one (word by
 * word sets from the lowest word, rollback and retry on a conflict, an avail counter) whose word
 * updates are broken on purpose. Lincheck must find the race; if it does not, the test object or
 * the model checker's view of the bitmap is too weak to prove anything about the real pool.
 */
final class RacyBitmapPool implements PoolUnderTest {

    /** How a word update goes wrong. */
    enum WordWrite {
        /** Reads the word, then writes the new value plainly: another thread's update in between is lost. */
        TORN,

        /**
         * Swaps with a CAS but ignores whether it succeeded. Wrong only when another thread changes
         * the word between the read and the CAS; nothing but the CAS itself lies between them, so
         * Lincheck catches this only if it can switch threads right before a
         * {@code VarHandle.compareAndExchange} on a {@code long[]}, as the real bitmap uses.
         */
        BLIND_CAS
    }

    private static final VarHandle WORD = MethodHandles.arrayElementVarHandle(long[].class);

    private final long start;
    private final int bits;
    private final long[] words;
    private final AtomicLong avail;
    private final WordWrite write;

    /** A chunk of {@code bits} one-byte units at {@code start}. */
    RacyBitmapPool(long start, int bits, WordWrite write) {
        this.start = start;
        this.bits = bits;
        this.words = new long[(bits + 63) >>> 6];
        this.avail = new AtomicLong(bits);
        this.write = write;
    }

    @Override
    public long alloc(long size) {
        int nbits = (int) size;
        if (size > avail.get()) {
            return 0;
        }
        int bit = 0;
        while (true) {
            bit = firstFit(bit, nbits);
            if (bit < 0) {
                return 0;
            }
            int set = change(bit, nbits, true);
            if (set == nbits) {
                avail.addAndGet(-size);
                return start + bit;
            }
            change(bit, set, false); // the rollback
        }
    }

    @Override
    public void free(long address, long size) {
        change((int) (address - start), (int) size, false);
        avail.addAndGet(size);
    }

    @Override
    public List<ChunkSnapshot> chunks() {
        long[] copy = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            copy[i] = (long) WORD.getOpaque(words, i);
        }
        return List.of(new ChunkSnapshot(start, bits, 0, copy, avail.get()));
    }

    @Override
    public long avail() {
        return avail.get();
    }

    /** The lowest run of {@code nbits} clear bits at or after {@code from}, or -1. */
    private int firstFit(int from, int nbits) {
        for (int start = from; start + nbits <= bits;) {
            int busy = lastSetBit(start, start + nbits);
            if (busy < 0) {
                return start;
            }
            start = busy + 1; // every run starting at or before the busy bit contains it
        }
        return -1;
    }

    /**
     * The last set bit in {@code [from, to)}, or -1. Word by word, and skipping whole busy runs: a
     * loop that steps through a bit at a time runs long enough without touching shared memory for
     * Lincheck to take it for a livelock.
     */
    private int lastSetBit(int from, int to) {
        for (int word = (to - 1) >>> 6; word >= from >>> 6; word--) {
            int lo = Math.max(from - (word << 6), 0);
            int hi = Math.min(to - (word << 6), 64);
            long mask = (-1L >>> (64 - (hi - lo))) << lo;
            long set = (long) WORD.getOpaque(words, word) & mask;
            if (set != 0) {
                return (word << 6) + 63 - Long.numberOfLeadingZeros(set);
            }
        }
        return -1;
    }

    /** Sets (or clears) bits word by word from the lowest; stops at a conflicting word. @return the bits changed */
    private int change(int startBit, int nbits, boolean set) {
        int done = 0;
        while (done < nbits) {
            int bit = startBit + done;
            int count = Math.min(64 - (bit & 63), nbits - done);
            long mask = (-1L >>> (64 - count)) << bit;
            long seen = (long) WORD.getOpaque(words, bit >>> 6);
            if (set ? (seen & mask) != 0 : (seen & mask) != mask) {
                return done;
            }
            long desired = set ? seen | mask : seen & ~mask;
            // written out here rather than in a method of WordWrite: the CAS must follow the read directly
            if (write == WordWrite.TORN) {
                WORD.setOpaque(words, bit >>> 6, desired);
            } else {
                WORD.compareAndExchange(words, bit >>> 6, seen, desired);
            }
            done += count;
        }
        return done;
    }
}
