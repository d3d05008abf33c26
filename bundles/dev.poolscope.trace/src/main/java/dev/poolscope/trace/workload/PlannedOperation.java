package dev.poolscope.trace.workload;

import dev.poolscope.core.GenPool;

/** One call a thread program plans on the pool, an alloc or a free, for its thread to make. */
public sealed interface PlannedOperation {

    /**
     * Makes the call on {@code pool}.
     *
     * @return the address allocated (0 when the allocation failed), or the address freed
     */
    long applyTo(GenPool pool);

    /** gen_pool_alloc of {@code size} bytes with the pool's algorithm. */
    record Alloc(long size) implements PlannedOperation {

        public Alloc {
            if (size < 1) {
                throw new IllegalArgumentException("an allocation needs at least 1 byte, got " + size);
            }
        }

        @Override
        public long applyTo(GenPool pool) {
            return pool.alloc(size);
        }
    }

    /** gen_pool_free of the {@code size} bytes at {@code address}. */
    record Free(long address, long size) implements PlannedOperation {

        @Override
        public long applyTo(GenPool pool) {
            pool.free(address, size);
            return address;
        }
    }
}
