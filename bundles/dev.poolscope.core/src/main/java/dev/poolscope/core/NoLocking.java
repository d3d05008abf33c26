package dev.poolscope.core;

/**
 * The lockless variants: alloc and free never block. Adding chunks is still serialised, by
 * {@link ChunkList}'s monitor, the analogue of the kernel's pool spinlock around list_add_rcu.
 */
final class NoLocking implements Locking {

    static final NoLocking INSTANCE = new NoLocking();

    private NoLocking() {
    }

    @Override
    public void lockPoolShared() {
    }

    @Override
    public void unlockPoolShared() {
    }

    @Override
    public void lockPoolExclusive() {
    }

    @Override
    public void unlockPoolExclusive() {
    }

    @Override
    public void lockChunk(Chunk chunk) {
    }

    @Override
    public void unlockChunk(Chunk chunk) {
    }

    @Override
    public boolean bitmapUnderLock() {
        return false;
    }
}
