package dev.poolscope.model;

import java.util.Arrays;

/**
 * The replay state saved after one event: every chunk's bitmap words and avail, and every thread's
 * position. It also remembers, per thread, the thread's first event after it, so stepping a thread
 * forward never scans further than the next checkpoint.
 */
final class Checkpoint {

    /** A {@link ThreadPosition}'s heap size: object header, eight fields of up to 8 bytes, two enum references. */
    private static final long POSITION_BYTES = 72;

    private final long seq;
    private final long[][] words;
    private final long[] avail;
    private final ThreadPosition[] positions;
    private final long[] nextEventOfThread;

    /** Takes ownership of the arrays. */
    Checkpoint(long seq, long[][] words, long[] avail, ThreadPosition[] positions) {
        this.seq = seq;
        this.words = words;
        this.avail = avail;
        this.positions = positions;
        this.nextEventOfThread = new long[positions.length];
        Arrays.fill(nextEventOfThread, -1);
    }

    /** The event after which the state was saved; -1 for the state before the first event. */
    long seq() {
        return seq;
    }

    long[] words(int chunk) {
        return words[chunk];
    }

    long avail(int chunk) {
        return avail[chunk];
    }

    ThreadPosition position(int thread) {
        return positions[thread];
    }

    int threadCount() {
        return positions.length;
    }

    /** The first event of {@code thread} after this checkpoint, or -1 when it has none. */
    long nextEventOf(int thread) {
        return nextEventOfThread[thread];
    }

    void setNextEventOf(int thread, long seq) {
        nextEventOfThread[thread] = seq;
    }

    /** The checkpoint's share of the heap. */
    long bytes() {
        long bytes = Columns.ARRAY_HEADER_BYTES + 4L * words.length;
        for (long[] chunkWords : words) {
            bytes += Columns.ARRAY_HEADER_BYTES + 8L * chunkWords.length;
        }
        bytes += Columns.ARRAY_HEADER_BYTES + 8L * avail.length;
        bytes += Columns.ARRAY_HEADER_BYTES + (4L + POSITION_BYTES) * positions.length;
        bytes += Columns.ARRAY_HEADER_BYTES + 8L * nextEventOfThread.length;
        return bytes;
    }
}
