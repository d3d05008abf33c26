package dev.poolscope.core.concurrent;

import dev.poolscope.core.GenPool;

import java.util.List;

/** What the Lincheck test object needs of a pool: the real one, or a deliberately broken control. */
interface PoolUnderTest {

    /** An address, or 0 when nothing fits. */
    long alloc(long size);

    void free(long address, long size);

    /** The chunks as they are now; meaningful when no thread is inside the pool. */
    List<ChunkSnapshot> chunks();

    long avail();

    static PoolUnderTest of(GenPool pool) {
        return new PoolUnderTest() {
            @Override
            public long alloc(long size) {
                return pool.alloc(size);
            }

            @Override
            public void free(long address, long size) {
                pool.free(address, size);
            }

            @Override
            public List<ChunkSnapshot> chunks() {
                return ChunkSnapshot.of(pool);
            }

            @Override
            public long avail() {
                return pool.avail();
            }
        };
    }
}
