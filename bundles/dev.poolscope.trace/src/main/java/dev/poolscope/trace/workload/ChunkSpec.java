package dev.poolscope.trace.workload;

/**
 * A chunk of a workload's pool: {@code size} bytes at {@code start}; its physical address is its
 * start, as for memory the pool manages by virtual address only.
 *
 * @param start first address (unsigned)
 * @param size  bytes, at least 1
 */
public record ChunkSpec(long start, long size) {

    public ChunkSpec {
        if (size <= 0) {
            throw new IllegalArgumentException("chunk size must be positive, got " + size);
        }
        if (Long.compareUnsigned(start + size - 1, start) < 0) {
            throw new IllegalArgumentException(String.format(
                    "a chunk of %d bytes at 0x%x runs past the top of the address space", size, start));
        }
    }

    /** The last address (inclusive). */
    public long end() {
        return start + size - 1;
    }

    /** True when the two chunks share an address (compared unsigned). */
    boolean overlaps(ChunkSpec other) {
        return Long.compareUnsigned(start, other.end()) <= 0 && Long.compareUnsigned(other.start, end()) <= 0;
    }
}
