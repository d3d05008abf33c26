package dev.poolscope.model;

import java.util.Optional;

/** Every rollback of a trace in event order, with the bits it undid. */
public final class RollbackIndex {

    private final LongColumn seq = new LongColumn();
    private final IntColumn thread = new IntColumn();
    private final IntColumn chunk = new IntColumn();
    private final LongColumn startBit = new LongColumn();
    private final LongColumn nbits = new LongColumn();

    RollbackIndex() {
    }

    void add(Rollback rollback) {
        seq.add(rollback.seq());
        thread.add(rollback.thread());
        chunk.add(rollback.chunk());
        startBit.add(rollback.startBit());
        nbits.add(rollback.nbits());
    }

    public int size() {
        return seq.size();
    }

    /** The {@code index}-th rollback in event order. */
    public Rollback get(int index) {
        return new Rollback(seq.get(index), thread.get(index), chunk.get(index), startBit.get(index),
                nbits.get(index));
    }

    /** The rollback that is event {@code eventSeq}, if that event is one. */
    public Optional<Rollback> at(long eventSeq) {
        int index = seq.indexOf(eventSeq);
        return index < 0 ? Optional.empty() : Optional.of(get(index));
    }

    /** The index of the first rollback at or after event {@code eventSeq}, or {@link #size()}. */
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
        startBit.trim();
        nbits.trim();
    }

    long bytes() {
        return seq.bytes() + thread.bytes() + chunk.bytes() + startBit.bytes() + nbits.bytes();
    }
}
