package dev.poolscope.analysis.failure;

import java.util.Arrays;

/**
 * The word changes since the oldest search that may need its begin state back: each change is kept
 * as the bits it flipped, so undoing the changes after a mark, newest first, on a copy of the words
 * now gives the words at the mark. Entries older than every live mark are dropped when the arrays
 * fill, so the log holds about the changes that overlap the searches in flight.
 */
final class WordChangeLog {

    private int[] chunks = new int[64];
    private int[] words = new int[64];
    private long[] flips = new long[64];
    /** The absolute index of entry 0 of the arrays. */
    private long first;
    private int size;

    /** Where the next change will go: a mark to undo back to. */
    long end() {
        return first + size;
    }

    /** Adds a change; {@code oldestMark} is the smallest mark still wanted, so older entries may go. */
    void add(int chunk, int word, long flip, long oldestMark) {
        if (size == flips.length) {
            dropBefore(oldestMark);
        }
        if (size == flips.length) {
            chunks = Arrays.copyOf(chunks, size * 2);
            words = Arrays.copyOf(words, size * 2);
            flips = Arrays.copyOf(flips, size * 2);
        }
        chunks[size] = chunk;
        words[size] = word;
        flips[size] = flip;
        size++;
    }

    /** Undoes, newest first, every change from mark {@code from} on, in {@code state} (words by chunk id). */
    void undoInto(long[][] state, long from) {
        for (int i = size - 1; i >= from - first; i--) {
            state[chunks[i]][words[i]] ^= flips[i];
        }
    }

    /** Forgets every change: no search needs one. */
    void clear() {
        first += size;
        size = 0;
    }

    private void dropBefore(long mark) {
        int drop = (int) Math.min(size, Math.max(0, mark - first));
        System.arraycopy(chunks, drop, chunks, 0, size - drop);
        System.arraycopy(words, drop, words, 0, size - drop);
        System.arraycopy(flips, drop, flips, 0, size - drop);
        first += drop;
        size -= drop;
    }
}
