package dev.poolscope.core;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The pre-lockless design: a pool read-write lock (shared for alloc and free, exclusive for adding
 * a chunk) and a lock per chunk around its bitmap. Every request, grant and release is reported.
 */
final class PrePatchLocking implements Locking {

    private final ReentrantReadWriteLock poolLock = new ReentrantReadWriteLock();
    private final Probe probe;

    PrePatchLocking(Probe probe) {
        this.probe = probe;
    }

    @Override
    public void lockPoolShared() {
        probe.lockRequest(null, LockKind.POOL_READ);
        poolLock.readLock().lock();
        probe.lockAcquired(null, LockKind.POOL_READ);
    }

    @Override
    public void unlockPoolShared() {
        poolLock.readLock().unlock();
        probe.lockReleased(null, LockKind.POOL_READ);
    }

    @Override
    public void lockPoolExclusive() {
        probe.lockRequest(null, LockKind.POOL_WRITE);
        poolLock.writeLock().lock();
        probe.lockAcquired(null, LockKind.POOL_WRITE);
    }

    @Override
    public void unlockPoolExclusive() {
        poolLock.writeLock().unlock();
        probe.lockReleased(null, LockKind.POOL_WRITE);
    }

    @Override
    public void lockChunk(Chunk chunk) {
        probe.lockRequest(chunk, LockKind.CHUNK);
        chunk.lock.lock();
        probe.lockAcquired(chunk, LockKind.CHUNK);
    }

    @Override
    public void unlockChunk(Chunk chunk) {
        chunk.lock.unlock();
        probe.lockReleased(chunk, LockKind.CHUNK);
    }

    @Override
    public boolean bitmapUnderLock() {
        return true;
    }
}
