package dev.poolscope.trace.record;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.LockKind;
import dev.poolscope.core.Probe;

import java.util.function.Consumer;

/**
 * Passes every probe call to two probes, optionally under one lock: locked, the two see the calls
 * of all threads in the same total order, so two recorders give the same seqs, thread numbers and
 * step-clock times. The allocator still races between probe points.
 */
final class LockedTee implements Probe {

    private final Probe first;
    private final Probe second;
    private final Object lock;

    /** @param locked whether calls of different threads are serialized */
    LockedTee(Probe first, Probe second, boolean locked) {
        this.first = first;
        this.second = second;
        this.lock = locked ? new Object() : null;
    }

    private void both(Consumer<Probe> call) {
        if (lock == null) {
            call.accept(first);
            call.accept(second);
        } else {
            synchronized (lock) {
                call.accept(first);
                call.accept(second);
            }
        }
    }

    @Override
    public void allocBegin(long size, long nbits) {
        both(p -> p.allocBegin(size, nbits));
    }

    @Override
    public void allocEnd(long size, long address) {
        both(p -> p.allocEnd(size, address));
    }

    @Override
    public void freeBegin(long address, long size) {
        both(p -> p.freeBegin(address, size));
    }

    @Override
    public void freeEnd(long address, long size) {
        both(p -> p.freeEnd(address, size));
    }

    @Override
    public void availRead(Chunk chunk, long avail) {
        both(p -> p.availRead(chunk, avail));
    }

    @Override
    public void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
        both(p -> p.search(chunk, fromBit, nbits, foundBit));
    }

    @Override
    public void wordRead(Chunk chunk, int word, long value) {
        both(p -> p.wordRead(chunk, word, value));
    }

    @Override
    public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
        both(p -> p.casAttempt(chunk, word, expected, desired, witnessed, success));
    }

    @Override
    public void wordStore(Chunk chunk, int word, long before, long after) {
        both(p -> p.wordStore(chunk, word, before, after));
    }

    @Override
    public void partialSet(Chunk chunk, long startBit, long nbits, long remaining) {
        both(p -> p.partialSet(chunk, startBit, nbits, remaining));
    }

    @Override
    public void rollback(Chunk chunk, long startBit, long nbits) {
        both(p -> p.rollback(chunk, startBit, nbits));
    }

    @Override
    public void retry(Chunk chunk, long fromBit) {
        both(p -> p.retry(chunk, fromBit));
    }

    @Override
    public void partialClear(Chunk chunk, long startBit, long nbits, long remaining) {
        both(p -> p.partialClear(chunk, startBit, nbits, remaining));
    }

    @Override
    public void restore(Chunk chunk, long startBit, long nbits) {
        both(p -> p.restore(chunk, startBit, nbits));
    }

    @Override
    public void availChange(Chunk chunk, long delta, long newAvail) {
        both(p -> p.availChange(chunk, delta, newAvail));
    }

    @Override
    public void lockRequest(Chunk chunk, LockKind kind) {
        both(p -> p.lockRequest(chunk, kind));
    }

    @Override
    public void lockAcquired(Chunk chunk, LockKind kind) {
        both(p -> p.lockAcquired(chunk, kind));
    }

    @Override
    public void lockReleased(Chunk chunk, LockKind kind) {
        both(p -> p.lockReleased(chunk, kind));
    }
}
