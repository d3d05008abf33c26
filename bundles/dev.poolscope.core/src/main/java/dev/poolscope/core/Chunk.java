package dev.poolscope.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A contiguous range of memory in a pool: its addresses, its bitmap (a bit per allocation unit)
 * and its {@code avail} byte counter. Addresses are unsigned 64-bit values; the range may end at
 * the very top of the address space. Bytes past the last whole unit (the tail) belong to the chunk
 * but can never be allocated.
 */
public final class Chunk {

    private static final VarHandle AVAIL;

    static {
        try {
            AVAIL = MethodHandles.lookup().findVarHandle(Chunk.class, "avail", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int id;
    private final long start;
    private final long size;
    private final long phys;
    private final Object owner;
    private final int order;
    private final Bitmap bitmap;
    /** The per-chunk spinlock of the pre-patch variant; the lockless variants never take it. */
    final ReentrantLock lock = new ReentrantLock();

    @SuppressWarnings("unused") // read and written through AVAIL only
    private volatile long avail;

    Chunk(int id, long start, long phys, long size, Object owner, int order, SearchMode search) {
        this.id = id;
        this.start = start;
        this.size = size;
        this.phys = phys;
        this.owner = owner;
        this.order = order;
        this.bitmap = new Bitmap(size >>> order, search);
        this.avail = size;
    }

    /** The chunk's number in order of addition to its pool, from 0. */
    public int id() {
        return id;
    }

    /** The first address. */
    public long start() {
        return start;
    }

    /** The last address (inclusive), {@code start + size - 1}. */
    public long end() {
        return start + size - 1;
    }

    /** Bytes in the chunk, tail bytes included. */
    public long size() {
        return size;
    }

    public long phys() {
        return phys;
    }

    /** The owner given when the chunk was added, or null. */
    public Object owner() {
        return owner;
    }

    public int order() {
        return order;
    }

    public Bitmap bitmap() {
        return bitmap;
    }

    public long bitCount() {
        return bitmap.bitCount();
    }

    /** Bytes not allocated, tail included. Volatile read: a fresh value, ordered after earlier reads. */
    public long avail() {
        return (long) AVAIL.getVolatile(this);
    }

    /** The address of bitmap bit {@code bit}. */
    public long addressOf(long bit) {
        return start + (bit << order);
    }

    /** True when {@code address} lies in {@code [start, end]}, compared unsigned. */
    public boolean contains(long address) {
        return Long.compareUnsigned(address - start, size) < 0;
    }

    /** Adds {@code delta} to avail atomically (the kernel's atomic_long_add) and returns the new value. */
    long addAvail(long delta) {
        return (long) AVAIL.getAndAdd(this, delta) + delta;
    }

    /** Sets avail outright, for a chunk restored from a snapshot ({@link Placement#restore}); volatile store. */
    void setAvail(long value) {
        AVAIL.setVolatile(this, value);
    }

    /** True when this chunk shares an address with the {@code size} bytes at {@code otherStart}. */
    boolean overlaps(long otherStart, long otherSize) {
        return contains(otherStart) || Long.compareUnsigned(start - otherStart, otherSize) < 0;
    }

    @Override
    public String toString() {
        return String.format("chunk %d [0x%x-0x%x]", id, start, end());
    }
}
