package dev.poolscope.model;

import dev.poolscope.trace.Event;

import java.util.Arrays;

/**
 * The last few writes (successful CAS or word store) of every bitmap word, kept only while the
 * model is built, to pair each failed CAS with the write whose value it witnessed. Fixed arrays per
 * chunk, {@value #DEPTH} writes per word; the model drops them once the trace has been read.
 */
final class WordHistory {

    /**
     * Writes remembered per word. The witnessed write is normally the latest one; a few more cover
     * the writes of other threads that got their sequence numbers between the hardware CAS and the
     * failing thread's probe call.
     */
    static final int DEPTH = 8;

    private final long[][] seqs;
    private final long[][] values;
    private final int[][] threads;
    /** Per word: the slot its next write goes to. */
    private final byte[][] next;

    WordHistory(PoolGeometry geometry) {
        int chunks = geometry.chunkCount();
        seqs = new long[chunks][];
        values = new long[chunks][];
        threads = new int[chunks][];
        next = new byte[chunks][];
        for (int chunk = 0; chunk < chunks; chunk++) {
            int words = geometry.wordCount(chunk);
            seqs[chunk] = new long[words * DEPTH];
            Arrays.fill(seqs[chunk], -1); // -1 marks a slot never written
            values[chunk] = new long[words * DEPTH];
            threads[chunk] = new int[words * DEPTH];
            next[chunk] = new byte[words];
        }
    }

    /** Remembers that {@code write} (a successful CAS or a word store) left {@code value} in its word. */
    void recordWrite(Event write, long value) {
        int chunk = write.chunk();
        int word = (int) write.p0();
        int slot = word * DEPTH + next[chunk][word];
        seqs[chunk][slot] = write.seq();
        values[chunk][slot] = value;
        threads[chunk][slot] = write.thread();
        next[chunk][word] = (byte) ((next[chunk][word] + 1) % DEPTH);
    }

    /**
     * The race of {@code failedCas}: its culprit is the most recent remembered write of the word by
     * another thread that left the value the CAS witnessed. When there is none the race has no
     * culprit yet; {@link PendingRaces} looks for one numbered after it.
     */
    Race race(Event failedCas) {
        int chunk = failedCas.chunk();
        int word = (int) failedCas.p0();
        long witnessed = failedCas.p3();
        long culpritSeq = -1;
        int culpritThread = -1;
        for (int back = 1; back <= DEPTH && culpritSeq < 0; back++) {
            int slot = word * DEPTH + (next[chunk][word] - back + DEPTH) % DEPTH;
            if (seqs[chunk][slot] < 0) {
                break;
            }
            if (threads[chunk][slot] != failedCas.thread() && values[chunk][slot] == witnessed) {
                culpritSeq = seqs[chunk][slot];
                culpritThread = threads[chunk][slot];
            }
        }
        return new Race(failedCas.seq(), failedCas.thread(), chunk, word, failedCas.p1(), witnessed, culpritSeq,
                culpritThread);
    }
}
