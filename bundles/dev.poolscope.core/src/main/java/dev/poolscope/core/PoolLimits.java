package dev.poolscope.core;

/**
 * The sizes of pool Poolscope can hold, written down once and checked before any bitmap is
 * allocated or any file opened. There are two sets: what the allocator holds (a bit of memory per
 * unit, as in the kernel) and what a trace may describe, which must also fit the replay model. The
 * model keeps, per bitmap word, the word, its copies in the checkpoints, the last writes and the
 * races waiting for a culprit: about 330 bytes per 64 units, so its limit is far lower. The
 * allocator's limit is its memory too: at it, a pool's bitmap takes 512 MiB (a vector file adding
 * such a chunk ran in a 640 MiB heap); the index of a word, an {@code int}, would allow 2^37 units.
 *
 * <p>Each set is checked chunk by chunk, in the order the chunks are added, by {@link #addChunk}.
 */
public final class PoolLimits {

    /** Chunks in one pool, for both sets: every search walks them all, and each costs arrays in the model. */
    public static final int MAX_CHUNKS = 4096;

    /** Units (bitmap bits) over all chunks of a pool the allocator holds: a 512 MiB bitmap. */
    public static final long MAX_ALLOCATOR_BITS = 1L << 32;

    /**
     * Units over all chunks of a pool a trace describes: what the replay model indexes in a default
     * heap. Measured: {@code replay --check} of a 2-thread, 1.6-million-event trace of a pool at this
     * limit ran out of memory with {@code -Xmx256m} and passed with {@code -Xmx384m}; the JVM's
     * default heap is a quarter of the memory, 512 MiB on a 2 GiB machine.
     */
    public static final long MAX_TRACED_BITS = 1L << 26;

    /** What {@link GenPool} holds; a chunk at address 0 is allowed, as in the kernel. */
    public static final PoolLimits ALLOCATOR =
            new PoolLimits("the allocator", "PoolLimits.MAX_ALLOCATOR_BITS", MAX_ALLOCATOR_BITS, false);

    /**
     * What a workload, a recording and a trace file may describe. A chunk at address 0 is refused:
     * a successful allocation of its first unit would return 0, which means failure in the kernel's
     * API and in every trace event, so the replay and the check could not tell them apart.
     */
    public static final PoolLimits TRACED =
            new PoolLimits("a trace", "PoolLimits.MAX_TRACED_BITS", MAX_TRACED_BITS, true);

    private final String holder;
    private final String name;
    private final long maxBits;
    private final boolean refusesAddressZero;

    private PoolLimits(String holder, String name, long maxBits, boolean refusesAddressZero) {
        this.holder = holder;
        this.name = name;
        this.maxBits = maxBits;
        this.refusesAddressZero = refusesAddressZero;
    }

    /**
     * Checks that a pool of {@code chunks} chunks holding {@code bits} units may take one more chunk
     * of {@code size} bytes (unsigned) at {@code start}, with units of {@code 2^order} bytes.
     *
     * @return the pool's units with the new chunk
     * @throws PoolLimitException naming the limit and the value over it
     */
    public long addChunk(int chunks, long bits, long start, long size, int order) {
        if (chunks >= MAX_CHUNKS) {
            throw new PoolLimitException(String.format("chunk %d is one too many: %s holds at most %d chunks"
                    + " (PoolLimits.MAX_CHUNKS)", chunks, holder, MAX_CHUNKS));
        }
        if (order < 0 || order > GenPool.MAX_ORDER) {
            throw new IllegalArgumentException("min_alloc_order must be 0.." + GenPool.MAX_ORDER + ", got " + order);
        }
        long chunkBits = size >>> order;
        long total = bits + chunkBits;
        boolean chunkOver = Long.compareUnsigned(chunkBits, maxBits) > 0;
        if (chunkOver || total > maxBits) {
            throw new PoolLimitException(String.format("chunk %d (%s bytes at order %d) has %s units%s, over %s",
                    chunks, Long.toUnsignedString(size), order, Long.toUnsignedString(chunkBits),
                    chunkOver ? "" : ", bringing the pool to " + total, describe()));
        }
        if (refusesAddressZero && start == 0) {
            throw new PoolLimitException(String.format("chunk %d starts at address 0x0: its first unit would be"
                    + " allocated at 0x0, which gen_pool_alloc returns for failure; start it at a nonzero address",
                    chunks));
        }
        return total;
    }

    /** The limit in words, as messages give it. */
    private String describe() {
        return String.format("the limit of %d units per pool (%s MiB of bitmap) that %s holds (%s)", maxBits,
                maxBits >>> 23, holder, name);
    }
}
