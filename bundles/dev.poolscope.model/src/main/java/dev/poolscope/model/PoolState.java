package dev.poolscope.model;

import java.util.Arrays;
import java.util.List;

/**
 * The recorded pool after one event: every chunk's bitmap words and avail, and where each thread
 * is in its operation. Immutable.
 */
public final class PoolState {

    private final long seq;
    private final long[][] words;
    private final long[] avail;
    private final ThreadPosition[] threads;

    /** Takes ownership of the arrays. */
    PoolState(long seq, long[][] words, long[] avail, ThreadPosition[] threads) {
        this.seq = seq;
        this.words = words;
        this.avail = avail;
        this.threads = threads;
    }

    /** The event after which this is the state; -1 for the state before the first event. */
    public long seq() {
        return seq;
    }

    public int chunkCount() {
        return words.length;
    }

    public int wordCount(int chunk) {
        return words[chunk].length;
    }

    /** Word {@code index} of the bitmap of {@code chunk}: bit {@code b} of the chunk is bit {@code b % 64} of word {@code b / 64}. */
    public long word(int chunk, int index) {
        return words[chunk][index];
    }

    /** A copy of the bitmap words of {@code chunk}. */
    public long[] words(int chunk) {
        return words[chunk].clone();
    }

    public boolean isSet(int chunk, long bit) {
        return (words[chunk][(int) (bit >>> 6)] & (1L << bit)) != 0;
    }

    /** The chunk's free bytes, tail included, as its avail counter held them. */
    public long avail(int chunk) {
        return avail[chunk];
    }

    public int threadCount() {
        return threads.length;
    }

    public ThreadPosition thread(int thread) {
        return threads[thread];
    }

    public List<ThreadPosition> threads() {
        return List.of(threads);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PoolState state && seq == state.seq && Arrays.deepEquals(words, state.words)
                && Arrays.equals(avail, state.avail) && Arrays.equals(threads, state.threads);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(seq) * 31 + Arrays.deepHashCode(words);
    }

    @Override
    public String toString() {
        return "pool state after #" + seq + ", avail " + Arrays.toString(avail) + ", " + List.of(threads);
    }
}
