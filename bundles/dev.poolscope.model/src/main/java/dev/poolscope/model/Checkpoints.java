package dev.poolscope.model;

import java.util.ArrayList;

/** The checkpoints of a trace in event order, the first being the state before any event. */
final class Checkpoints {

    private final ArrayList<Checkpoint> list = new ArrayList<>();
    private final LongColumn seqs = new LongColumn();
    /** Per thread: the first checkpoint that does not know the thread's next event yet. */
    private final int[] awaitingNextEvent;

    Checkpoints(Checkpoint initial) {
        awaitingNextEvent = new int[initial.threadCount()];
        add(initial);
    }

    void add(Checkpoint checkpoint) {
        list.add(checkpoint);
        seqs.add(checkpoint.seq());
    }

    /** Tells the checkpoints since {@code thread}'s previous event that its next event is {@code seq}. */
    void noteEvent(int thread, long seq) {
        for (int i = awaitingNextEvent[thread]; i < list.size(); i++) {
            list.get(i).setNextEventOf(thread, seq);
        }
        awaitingNextEvent[thread] = list.size();
    }

    int size() {
        return list.size();
    }

    Checkpoint get(int index) {
        return list.get(index);
    }

    /** The index of the last checkpoint at or before {@code seq}; the first one for a seq before every event. */
    int indexAtOrBefore(long seq) {
        return Math.max(0, seqs.firstAbove(seq) - 1);
    }

    void trim() {
        seqs.trim();
        list.trimToSize();
    }

    long bytes() {
        long bytes = seqs.bytes() + Columns.ARRAY_HEADER_BYTES + 4L * list.size();
        for (Checkpoint checkpoint : list) {
            bytes += checkpoint.bytes();
        }
        return bytes;
    }
}
