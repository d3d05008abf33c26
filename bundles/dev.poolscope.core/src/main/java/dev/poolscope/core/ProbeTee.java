package dev.poolscope.core;

/**
 * Two probes observing one pool, each told every step in turn, the first one first: a pool has one
 * probe, and a replay that keeps its own books (free extents) may also be recorded.
 */
final class ProbeTee implements Probe {

    private final Probe first;
    private final Probe second;

    ProbeTee(Probe first, Probe second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void allocBegin(long size, long nbits) {
        first.allocBegin(size, nbits);
        second.allocBegin(size, nbits);
    }

    @Override
    public void allocEnd(long size, long address) {
        first.allocEnd(size, address);
        second.allocEnd(size, address);
    }

    @Override
    public void freeBegin(long address, long size) {
        first.freeBegin(address, size);
        second.freeBegin(address, size);
    }

    @Override
    public void freeEnd(long address, long size) {
        first.freeEnd(address, size);
        second.freeEnd(address, size);
    }

    @Override
    public void availRead(Chunk chunk, long avail) {
        first.availRead(chunk, avail);
        second.availRead(chunk, avail);
    }

    @Override
    public void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
        first.search(chunk, fromBit, nbits, foundBit);
        second.search(chunk, fromBit, nbits, foundBit);
    }

    @Override
    public void wordRead(Chunk chunk, int word, long value) {
        first.wordRead(chunk, word, value);
        second.wordRead(chunk, word, value);
    }

    @Override
    public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
        first.casAttempt(chunk, word, expected, desired, witnessed, success);
        second.casAttempt(chunk, word, expected, desired, witnessed, success);
    }

    @Override
    public void wordStore(Chunk chunk, int word, long before, long after) {
        first.wordStore(chunk, word, before, after);
        second.wordStore(chunk, word, before, after);
    }

    @Override
    public void partialSet(Chunk chunk, long startBit, long nbits, long remaining) {
        first.partialSet(chunk, startBit, nbits, remaining);
        second.partialSet(chunk, startBit, nbits, remaining);
    }

    @Override
    public void rollback(Chunk chunk, long startBit, long nbits) {
        first.rollback(chunk, startBit, nbits);
        second.rollback(chunk, startBit, nbits);
    }

    @Override
    public void retry(Chunk chunk, long fromBit) {
        first.retry(chunk, fromBit);
        second.retry(chunk, fromBit);
    }

    @Override
    public void partialClear(Chunk chunk, long startBit, long nbits, long remaining) {
        first.partialClear(chunk, startBit, nbits, remaining);
        second.partialClear(chunk, startBit, nbits, remaining);
    }

    @Override
    public void restore(Chunk chunk, long startBit, long nbits) {
        first.restore(chunk, startBit, nbits);
        second.restore(chunk, startBit, nbits);
    }

    @Override
    public void availChange(Chunk chunk, long delta, long newAvail) {
        first.availChange(chunk, delta, newAvail);
        second.availChange(chunk, delta, newAvail);
    }

    @Override
    public void lockRequest(Chunk chunk, LockKind kind) {
        first.lockRequest(chunk, kind);
        second.lockRequest(chunk, kind);
    }

    @Override
    public void lockAcquired(Chunk chunk, LockKind kind) {
        first.lockAcquired(chunk, kind);
        second.lockAcquired(chunk, kind);
    }

    @Override
    public void lockReleased(Chunk chunk, LockKind kind) {
        first.lockReleased(chunk, kind);
        second.lockReleased(chunk, kind);
    }
}
