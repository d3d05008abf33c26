package dev.poolscope.core;

/**
 * The pool's chunk list, newest first as the kernel's list_add_rcu leaves it. Copy-on-write: a
 * writer builds a new array under this object's monitor and publishes it with one volatile write;
 * readers take one volatile read and walk their array without any lock, the RCU reader's analogue.
 */
final class ChunkList {

    private volatile Chunk[] chunks = new Chunk[0];

    /** The chunks in list order (newest first). Callers must not modify the array. */
    Chunk[] snapshot() {
        return chunks;
    }

    /**
     * Adds a chunk at the head; refuses a range that overlaps a chunk already in the list, and a
     * chunk over the allocator's {@link PoolLimits}, before its bitmap is allocated.
     */
    synchronized Chunk add(long start, long phys, long size, Object owner, int order, SearchMode search) {
        Chunk[] old = chunks;
        long bits = 0;
        for (Chunk other : old) {
            if (other.overlaps(start, size)) {
                throw new IllegalArgumentException(String.format(
                        "chunk [0x%x-0x%x] overlaps %s", start, start + size - 1, other));
            }
            bits += other.bitCount();
        }
        PoolLimits.ALLOCATOR.addChunk(old.length, bits, start, size, order);
        Chunk chunk = new Chunk(old.length, start, phys, size, owner, order, search);
        Chunk[] next = new Chunk[old.length + 1];
        next[0] = chunk;
        System.arraycopy(old, 0, next, 1, old.length);
        // the volatile write publishes the fully built chunk: a reader that sees the array sees its fields
        chunks = next;
        return chunk;
    }
}
