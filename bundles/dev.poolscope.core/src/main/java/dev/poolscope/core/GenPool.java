package dev.poolscope.core;

import java.util.List;
import java.util.Objects;

/**
 * A general-purpose special-memory pool: the Linux kernel's gen_pool (lib/genalloc.c) in Java.
 *
 * <p>Memory is added in chunks; each chunk tracks its allocation units ({@code 2^minAllocOrder}
 * bytes each) in a bitmap. In the lockless variants alloc and free never block: they claim and
 * release bits with compare-and-swap on 64-bit words, and an allocation whose multi-word claim
 * loses a race part-way clears what it claimed (the rollback) and searches again (the retry).
 * Readers walk the chunk list without locks; only adding a chunk is serialised.
 *
 * <p>Sizes are bytes, addresses unsigned 64-bit values held in {@code long}; 0 means "no memory".
 * As in the kernel, a chunk may start at 0, and then a successful allocation of its first unit
 * returns 0 too; traces refuse such chunks ({@link PoolLimits#TRACED}).
 * Kernel BUG() cases (invalid frees, destroying a pool in use) throw with a message that names the
 * address and size, and leave the pool as it was.
 */
public final class GenPool {

    /** The largest minimum allocation order: a unit must fit in a positive {@code long}. */
    public static final int MAX_ORDER = 62;

    private final int order;
    private final Variant variant;
    private final Probe probe;
    private final Locking locking;
    private final SearchMode search;
    private final BitClaims claims;
    private final ChunkList chunks = new ChunkList();
    private volatile Algorithm algorithm = Algorithm.firstFit();
    private volatile boolean destroyed;

    private GenPool(int minAllocOrder, Variant variant, Probe probe, SearchMode search) {
        if (minAllocOrder < 0 || minAllocOrder > MAX_ORDER) {
            throw new IllegalArgumentException(
                    "minAllocOrder must be 0.." + MAX_ORDER + ", got " + minAllocOrder);
        }
        this.order = minAllocOrder;
        this.variant = Objects.requireNonNull(variant, "variant");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.locking = variant.locking(probe);
        this.search = Objects.requireNonNull(search, "search");
        this.claims = new BitClaims(minAllocOrder, probe, locking);
    }

    /** gen_pool_create: an empty mainline pool with first-fit. */
    public static GenPool create(int minAllocOrder) {
        return create(minAllocOrder, Variant.MAINLINE, Probe.NONE);
    }

    public static GenPool create(int minAllocOrder, Variant variant) {
        return create(minAllocOrder, variant, Probe.NONE);
    }

    /** A pool whose every shared-memory step is reported to {@code probe}. */
    public static GenPool create(int minAllocOrder, Variant variant, Probe probe) {
        return create(minAllocOrder, variant, probe, SearchMode.SUMMARIES);
    }

    /** A pool whose chunks' bitmaps are searched as {@code search} says; the others use {@link SearchMode#SUMMARIES}. */
    public static GenPool create(int minAllocOrder, Variant variant, Probe probe, SearchMode search) {
        return new GenPool(minAllocOrder, variant, probe, search);
    }

    public int minAllocOrder() {
        return order;
    }

    public Variant variant() {
        return variant;
    }

    public SearchMode searchMode() {
        return search;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** gen_pool_set_algo: the algorithm for later allocations that name none. */
    public void setAlgorithm(Algorithm algorithm) {
        checkLive();
        variant.checkAlgorithm(Objects.requireNonNull(algorithm, "algorithm"));
        this.algorithm = algorithm;
    }

    /** gen_pool_add_virt without an owner. */
    public Chunk addChunk(long virt, long phys, long size) {
        return addChunk(virt, phys, size, null);
    }

    /**
     * gen_pool_add_owner: adds {@code size} bytes at {@code virt} (physical address {@code phys})
     * at the head of the chunk list.
     *
     * @throws IllegalArgumentException when the size is not positive, the range runs past the top
     *                                  of the address space or overlaps a chunk of the pool
     * @throws PoolLimitException       when the pool would be larger than {@link PoolLimits#ALLOCATOR}
     *                                  holds; checked before any memory is allocated
     */
    public Chunk addChunk(long virt, long phys, long size, Object owner) {
        checkLive();
        if (size <= 0) {
            throw new IllegalArgumentException("chunk size must be positive, got " + size);
        }
        if (Long.compareUnsigned(virt + size - 1, virt) < 0) {
            throw new IllegalArgumentException(String.format(
                    "chunk at 0x%x of %d bytes runs past the top of the address space", virt, size));
        }
        locking.lockPoolExclusive();
        try {
            return chunks.add(virt, phys, size, owner, order, search);
        } finally {
            locking.unlockPoolExclusive();
        }
    }

    /** gen_pool_alloc with the pool's algorithm: an address, or 0 when nothing fits or size is 0. */
    public long alloc(long size) {
        return allocate(size, algorithm).address();
    }

    /** gen_pool_alloc_algo: like {@link #alloc(long)} with an algorithm for this call only. */
    public long alloc(long size, Algorithm algorithm) {
        return allocate(size, algorithm).address();
    }

    /** gen_pool_alloc_owner: the address and the owner of the chunk it came from. */
    public Allocation allocOwner(long size) {
        return allocate(size, algorithm);
    }

    /** gen_pool_alloc_algo_owner. */
    public Allocation allocOwner(long size, Algorithm algorithm) {
        return allocate(size, algorithm);
    }

    /**
     * gen_pool_free: releases {@code size} bytes at {@code address}.
     *
     * @throws InvalidFreeException when the address is in no chunk, the range crosses the chunk's
     *                              end, or some of its bits are not allocated; nothing changes then
     */
    public void free(long address, long size) {
        release(address, size);
    }

    /** gen_pool_free_owner: frees like {@link #free} and returns the chunk's owner. */
    public Object freeOwner(long address, long size) {
        return release(address, size).owner();
    }

    /**
     * Marks exactly the units of {@code [address, address + size)} allocated without a search and
     * takes them off avail, as if an allocation had returned {@code address}: for replaying a real
     * kernel's result taken as given (a capture's overlapped allocations). Only for a pool no other
     * thread uses meanwhile.
     *
     * @return the chunk the units are in (the first in list order holding the address)
     * @throws InvalidPlacementException naming the address, when it is in no chunk or not at a unit
     *                                   boundary, the range runs past the chunk's last whole unit, or a
     *                                   unit is already allocated; nothing changes then
     */
    public Chunk place(long address, long size) {
        checkLive();
        return Placement.place(chunks.snapshot(), order, address, size, probe);
    }

    /**
     * Sets every bitmap word of {@code chunk} (one of this pool's) to {@code words}, word 0 first,
     * and its avail to the chunk's size less the bytes of the set bits: a chunk's state restored
     * from a snapshot of a real kernel. Only for a pool no other thread uses meanwhile.
     *
     * @throws IllegalArgumentException when the chunk is not this pool's, the word count differs from
     *                                  the chunk's, or a bit past the chunk's last bit is set; nothing changes then
     */
    public void restore(Chunk chunk, long[] words) {
        checkLive();
        Placement.restore(chunks.snapshot(), chunk, words.clone());
    }

    /** gen_pool_avail: free bytes over all chunks, tails included. */
    public long avail() {
        long sum = 0;
        for (Chunk chunk : chunks.snapshot()) {
            sum += chunk.avail();
        }
        return sum;
    }

    /** gen_pool_size: bytes over all chunks (an unsigned sum). */
    public long size() {
        long sum = 0;
        for (Chunk chunk : chunks.snapshot()) {
            sum += chunk.size();
        }
        return sum;
    }

    /**
     * gen_pool_has_addr: true when one chunk holds both {@code start} and {@code start + size - 1}
     * (wrapping, as in the kernel: size 0 asks only whether start is in a chunk).
     */
    public boolean hasAddr(long start, long size) {
        checkSize(size);
        long last = start + size - 1;
        boolean found = false;
        for (Chunk chunk : chunks.snapshot()) {
            found |= chunk.contains(start) && Long.compareUnsigned(last, chunk.end()) <= 0;
        }
        return found;
    }

    /** gen_pool_virt_to_phys: the physical address, or -1 (all ones) when no chunk holds the address. */
    public long virtToPhys(long address) {
        long phys = -1;
        for (Chunk chunk : chunks.snapshot()) {
            if (chunk.contains(address)) {
                phys = chunk.phys() + (address - chunk.start());
                break;
            }
        }
        return phys;
    }

    /** The chunks in list order: the most recently added first, the order every search visits them. */
    public List<Chunk> chunks() {
        return List.of(chunks.snapshot());
    }

    /**
     * gen_pool_destroy. Refuses while any chunk still has an allocated bit; afterwards every call
     * but the read-only ones throws.
     */
    public void destroy() {
        checkLive();
        for (Chunk chunk : chunks.snapshot()) {
            long bit = BitSearch.nextSetBit(chunk.bitmap(), chunk.bitCount(), 0);
            if (bit < chunk.bitCount()) {
                throw new IllegalStateException(String.format(
                        "destroy: %s still has allocations (bit %d, address 0x%x, is allocated)",
                        chunk, bit, chunk.addressOf(bit)));
            }
        }
        destroyed = true;
    }

    /** Units of {@code 2^order} bytes (bitmap bits) needed for {@code size} bytes, rounded up, without overflow. */
    public static long bitsFor(long size, int order) {
        return (size >>> order) + ((size & ((1L << order) - 1)) == 0 ? 0 : 1);
    }

    private Allocation allocate(long size, Algorithm algorithm) {
        checkLive();
        checkSize(size);
        variant.checkAlgorithm(Objects.requireNonNull(algorithm, "algorithm"));
        Allocation result = Allocation.NONE;
        if (size != 0) {
            long nbits = bitsFor(size, order);
            probe.allocBegin(size, nbits);
            locking.lockPoolShared();
            try {
                result = allocateIn(chunks.snapshot(), size, nbits, algorithm);
            } finally {
                locking.unlockPoolShared();
            }
            probe.allocEnd(size, result.address());
        }
        return result;
    }

    /** Tries the chunks in list order; the first one with room wins. */
    private Allocation allocateIn(Chunk[] list, long size, long nbits, Algorithm algorithm) {
        Allocation result = Allocation.NONE;
        long startBit = 0;
        for (int i = 0; i < list.length && !result.succeeded(); i++) {
            Chunk chunk = list[i];
            if (variant.resetsSearchPerChunk()) {
                startBit = 0;
            }
            if (!variant.checksAvailFirst() || hasAvail(chunk, size)) {
                startBit = claims.claim(chunk, startBit, nbits, algorithm);
                if (Long.compareUnsigned(startBit, chunk.bitCount()) < 0) {
                    long delta = -(nbits << order);
                    probe.availChange(chunk, delta, chunk.addAvail(delta));
                    result = new Allocation(chunk.addressOf(startBit), chunk.owner());
                }
            }
        }
        return result;
    }

    /** The lockless pre-check: a chunk whose avail is below the (unrounded) size cannot fit it. */
    private boolean hasAvail(Chunk chunk, long size) {
        long avail = chunk.avail();
        probe.availRead(chunk, avail);
        return Long.compareUnsigned(size, avail) <= 0;
    }

    private Chunk release(long address, long size) {
        checkLive();
        checkSize(size);
        probe.freeBegin(address, size);
        long nbits = bitsFor(size, order);
        Chunk chunk;
        locking.lockPoolShared();
        try {
            chunk = FreeTarget.find(chunks.snapshot(), variant, order, address, size, nbits);
            long startBit = (address - chunk.start()) >>> order;
            claims.clear(chunk, startBit, nbits, address, size);
            long delta = nbits << order;
            probe.availChange(chunk, delta, chunk.addAvail(delta));
        } finally {
            locking.unlockPoolShared();
        }
        probe.freeEnd(address, size);
        return chunk;
    }

    private void checkLive() {
        if (destroyed) {
            throw new IllegalStateException("the pool has been destroyed");
        }
    }

    private static void checkSize(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative, got " + size);
        }
    }
}
