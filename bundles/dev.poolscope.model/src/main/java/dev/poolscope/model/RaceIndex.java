package dev.poolscope.model;

import java.util.Optional;

/**
 * Every failed CAS of a trace in event order, each with the write that made it fail when known.
 * Whether that culprit is numbered before or after the race is not stored: it follows from the two
 * sequence numbers ({@link Race#culpritOrder()}).
 */
public final class RaceIndex {

    private final LongColumn seq = new LongColumn();
    private final IntColumn thread = new IntColumn();
    private final IntColumn chunk = new IntColumn();
    private final IntColumn word = new IntColumn();
    private final LongColumn expected = new LongColumn();
    private final LongColumn witnessed = new LongColumn();
    private final LongColumn culpritSeq = new LongColumn();
    private final IntColumn culpritThread = new IntColumn();

    RaceIndex() {
    }

    /** Appends {@code race}, which comes after every race added so far, and returns its index. */
    int add(Race race) {
        seq.add(race.seq());
        thread.add(race.thread());
        chunk.add(race.chunk());
        word.add(race.word());
        expected.add(race.expected());
        witnessed.add(race.witnessed());
        culpritSeq.add(race.culpritSeq());
        culpritThread.add(race.culpritThread());
        return seq.size() - 1;
    }

    /** Gives race {@code index}, added without a culprit, the one found in the writes numbered after it. */
    void setCulprit(int index, long writeSeq, int writeThread) {
        culpritSeq.set(index, writeSeq);
        culpritThread.set(index, writeThread);
    }

    public int size() {
        return seq.size();
    }

    /** The {@code index}-th race in event order. */
    public Race get(int index) {
        return new Race(seq.get(index), thread.get(index), chunk.get(index), word.get(index), expected.get(index),
                witnessed.get(index), culpritSeq.get(index), culpritThread.get(index));
    }

    /** The race whose failed CAS is event {@code eventSeq}, if that event is one. */
    public Optional<Race> at(long eventSeq) {
        int index = seq.indexOf(eventSeq);
        return index < 0 ? Optional.empty() : Optional.of(get(index));
    }

    /** The index of the first race at or after event {@code eventSeq}, or {@link #size()}: where to start listing a range. */
    public int firstAtOrAfter(long eventSeq) {
        return seq.firstAtOrAbove(eventSeq);
    }

    LongColumn seqs() {
        return seq;
    }

    void trim() {
        seq.trim();
        thread.trim();
        chunk.trim();
        word.trim();
        expected.trim();
        witnessed.trim();
        culpritSeq.trim();
        culpritThread.trim();
    }

    long bytes() {
        return seq.bytes() + thread.bytes() + chunk.bytes() + word.bytes() + expected.bytes() + witnessed.bytes()
                + culpritSeq.bytes() + culpritThread.bytes();
    }
}
