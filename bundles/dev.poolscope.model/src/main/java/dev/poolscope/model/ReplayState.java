package dev.poolscope.model;

import dev.poolscope.trace.Event;

/**
 * The pool as the replay has rebuilt it up to some event: every chunk's bitmap words and avail,
 * and every thread's position.
 *
 * <p>A successful CAS changes its word by XOR with {@code expected ^ desired}, not by storing
 * {@code desired}. In a recording of real threads the probe call follows the CAS, so two CASes on
 * the same word can get sequence numbers in the opposite order of the hardware's; storing
 * {@code desired} would then leave the earlier CAS's value in the word. A successful CAS flips
 * exactly the bits {@code expected ^ desired} of the value it found (a set flips clear bits, a
 * clear flips set bits), and flips commute: once the events of all CASes up to some point have
 * been applied, in whatever order, every word is exact. So the state is exact at the end and at
 * every quiet point (no thread between a CAS and its event). Between two events numbered out of
 * hardware order a bit both change can show the wrong way round until the second is applied: a
 * free's clear numbered before the set it undoes flips a clear bit to set, and the set flips it
 * back. A pre-patch {@code WORD_STORE} happens under the chunk's lock, so its order is exact; it is
 * applied as XOR of {@code before ^ after} all the same, so that both kinds of write follow one
 * rule. {@code avail} follows the {@code AVAIL_CHANGE} deltas, not the new values they report,
 * because additions commute in the same way while a reported value can be overtaken.
 *
 * <p>For the same reason an event can be taken back: its XOR applied again restores the word, its
 * delta subtracted restores avail, and its thread goes back to the position it had before it (which
 * the caller kept). Undoing the last events applied, latest first, gives exactly the state that
 * applying the events before them gives.
 */
final class ReplayState {

    private final long[][] words;
    private final long[] avail;
    private final ThreadTracker[] threads;
    private long seq;

    private ReplayState(long seq, long[][] words, long[] avail, ThreadTracker[] threads) {
        this.seq = seq;
        this.words = words;
        this.avail = avail;
        this.threads = threads;
    }

    /**
     * The state before the first event: every bitmap clear but for the start state's runs, every
     * chunk's avail its size less those units' bytes, every thread idle.
     */
    static ReplayState initial(PoolGeometry geometry, int threadCount) {
        long[][] words = new long[geometry.chunkCount()][];
        long[] avail = new long[geometry.chunkCount()];
        for (int chunk = 0; chunk < words.length; chunk++) {
            words[chunk] = geometry.startWords(chunk);
            avail[chunk] = geometry.startAvail(chunk);
        }
        ThreadTracker[] threads = new ThreadTracker[threadCount];
        for (int thread = 0; thread < threadCount; thread++) {
            threads[thread] = new ThreadTracker(geometry, ThreadPosition.idle(thread));
        }
        return new ReplayState(-1, words, avail, threads);
    }

    /** The state saved in {@code checkpoint}, copied so that replaying on does not change the checkpoint. */
    static ReplayState restore(PoolGeometry geometry, Checkpoint checkpoint) {
        long[][] words = new long[geometry.chunkCount()][];
        long[] avail = new long[geometry.chunkCount()];
        for (int chunk = 0; chunk < words.length; chunk++) {
            words[chunk] = checkpoint.words(chunk).clone();
            avail[chunk] = checkpoint.avail(chunk);
        }
        ThreadTracker[] threads = new ThreadTracker[checkpoint.threadCount()];
        for (int thread = 0; thread < threads.length; thread++) {
            threads[thread] = new ThreadTracker(geometry, checkpoint.position(thread));
        }
        return new ReplayState(checkpoint.seq(), words, avail, threads);
    }

    /** The sequence number of the last event applied, or -1 before the first. */
    long seq() {
        return seq;
    }

    /** Applies {@code event}, whose chunk, word and thread the model has checked against the header. */
    void apply(Event event) {
        write(event, 1);
        threads[event.thread()].apply(event);
        seq = event.seq();
    }

    /** Saves where {@code thread} is in {@code slot} of {@code columns}, so that its next event can be undone. */
    void saveThread(int thread, PositionColumns columns, int slot) {
        threads[thread].saveTo(columns, slot);
    }

    /**
     * Takes back {@code event}, the last one applied: its XOR again, which restores the word, its
     * avail delta subtracted, and its thread put back where {@link #saveThread} saved it before the
     * event, in {@code slot} of {@code columns}. {@code previousSeq} is the seq of the state before
     * it (the event applied before it).
     */
    void undo(Event event, PositionColumns columns, int slot, long previousSeq) {
        write(event, -1);
        threads[event.thread()].restoreFrom(columns, slot);
        seq = previousSeq;
    }

    /** What {@code event} writes to shared memory, added ({@code sign} 1) or taken back (-1). */
    private void write(Event event, int sign) {
        switch (event.kind()) {
            case CAS -> {
                if (event.casSucceeded()) {
                    words[event.chunk()][(int) event.p0()] ^= event.p1() ^ event.p2();
                }
            }
            case WORD_STORE -> words[event.chunk()][(int) event.p0()] ^= event.p1() ^ event.p2();
            case AVAIL_CHANGE -> avail[event.chunk()] += sign * event.p0();
            default -> {
                // no other event writes shared memory
            }
        }
    }

    /** The last event of {@code thread} applied, or -1. */
    long lastSeqOf(int thread) {
        return threads[thread].lastSeq();
    }

    Checkpoint checkpoint() {
        return new Checkpoint(seq, copyWords(), avail.clone(), positions());
    }

    PoolState snapshot() {
        return new PoolState(seq, copyWords(), avail.clone(), positions());
    }

    private long[][] copyWords() {
        long[][] copy = new long[words.length][];
        for (int chunk = 0; chunk < words.length; chunk++) {
            copy[chunk] = words[chunk].clone();
        }
        return copy;
    }

    private ThreadPosition[] positions() {
        ThreadPosition[] positions = new ThreadPosition[threads.length];
        for (int thread = 0; thread < threads.length; thread++) {
            positions[thread] = threads[thread].position();
        }
        return positions;
    }
}
