package dev.poolscope.core.concurrent;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The test's own record of the live allocations: a bit per allocation unit per chunk, and the
 * owner and size of each live allocation at its first unit. A thread claims the units of an
 * allocation the allocator just returned and releases them before it hands the memory back. A
 * claim that finds a unit already claimed means the allocator gave one unit to two live
 * allocations. Claims change a word at a time by CAS, so a claim costs a few shared-memory steps,
 * not one per unit: under Lincheck every such step is a place to switch threads, and a shadow
 * that took a hundred would leave few switches for the allocator.
 */
final class ShadowOwners {

    private static final int NONE = 0;

    private final List<ChunkSnapshot> chunks;
    private final AtomicLongArray[] claimed;
    private final AtomicIntegerArray[] ownerAtStart;
    private final AtomicLongArray[] sizeAtStart;

    /** A shadow of the chunks' geometry; their words and avail are not read. */
    ShadowOwners(List<ChunkSnapshot> chunks) {
        this.chunks = List.copyOf(chunks);
        this.claimed = new AtomicLongArray[chunks.size()];
        this.ownerAtStart = new AtomicIntegerArray[chunks.size()];
        this.sizeAtStart = new AtomicLongArray[chunks.size()];
        for (int i = 0; i < claimed.length; i++) {
            int units = Math.toIntExact(chunks.get(i).unitCount());
            claimed[i] = new AtomicLongArray((units + 63) >>> 6);
            ownerAtStart[i] = new AtomicIntegerArray(units);
            sizeAtStart[i] = new AtomicLongArray(units);
        }
    }

    /**
     * Records the allocation of {@code size} bytes at {@code address} for {@code owner} (a positive id).
     *
     * @throws AssertionError when the range is in no chunk, runs past the chunk's last whole unit,
     *                        or shares a unit with a live allocation
     */
    void claim(long address, long size, int owner) {
        int chunk = chunkOf(address, size);
        int first = firstUnit(chunk, address);
        int taken = change(chunk, first, units(chunk, size), true);
        if (taken >= 0) {
            throw new AssertionError(String.format(
                    "overlap: allocation of %d bytes at 0x%x by thread %d shares the unit at 0x%x with a live allocation of %s",
                    size, address, owner, unitAddress(chunk, taken), ownerOf(chunk, taken)));
        }
        ownerAtStart[chunk].set(first, owner);
        sizeAtStart[chunk].set(first, size);
    }

    /**
     * Forgets the allocation; call it before the memory goes back to the pool.
     *
     * @throws AssertionError when {@code owner} holds no allocation of {@code size} bytes at {@code address}
     */
    void release(long address, long size, int owner) {
        int chunk = chunkOf(address, size);
        int first = firstUnit(chunk, address);
        if (ownerAtStart[chunk].get(first) != owner || sizeAtStart[chunk].get(first) != size) {
            throw new AssertionError(String.format(
                    "thread %d frees %d bytes at 0x%x, which it does not hold (at that address: %d bytes of thread %d)",
                    owner, size, address, sizeAtStart[chunk].get(first), ownerAtStart[chunk].get(first)));
        }
        ownerAtStart[chunk].set(first, NONE);
        sizeAtStart[chunk].set(first, 0);
        int free = change(chunk, first, units(chunk, size), false);
        if (free >= 0) {
            throw new AssertionError(String.format("thread %d frees %d bytes at 0x%x but the unit at 0x%x was not claimed",
                    owner, size, address, unitAddress(chunk, free)));
        }
    }

    /** The bitmap words chunk {@code chunk} should have: a bit for every unit of a live allocation. */
    long[] liveWords(int chunk) {
        long[] words = new long[claimed[chunk].length()];
        for (int w = 0; w < words.length; w++) {
            words[w] = claimed[chunk].get(w);
        }
        return words;
    }

    /** Units of chunk {@code chunk} held by live allocations. */
    long liveUnits(int chunk) {
        long live = 0;
        for (long word : liveWords(chunk)) {
            live += Long.bitCount(word);
        }
        return live;
    }

    /**
     * Claims (or releases) {@code count} units from {@code first}, a word at a time from the lowest.
     *
     * @return -1 when done, else the first unit found already claimed (or not claimed); the words
     *         before it stay changed, which only matters to a test that is failing anyway
     */
    private int change(int chunk, int first, int count, boolean claim) {
        AtomicLongArray words = claimed[chunk];
        for (int unit = first; unit < first + count;) {
            int n = Math.min(64 - (unit & 63), first + count - unit);
            long mask = (-1L >>> (64 - n)) << unit;
            int word = unit >>> 6;
            long seen = words.get(word);
            while (true) {
                long conflicting = claim ? seen & mask : ~seen & mask;
                if (conflicting != 0) {
                    return (word << 6) + Long.numberOfTrailingZeros(conflicting);
                }
                long witnessed = words.compareAndExchange(word, seen, claim ? seen | mask : seen & ~mask);
                if (witnessed == seen) {
                    break;
                }
                seen = witnessed;
            }
            unit += n;
        }
        return -1;
    }

    /** Who holds {@code unit}: the live allocation that starts at or below it and covers it. */
    private String ownerOf(int chunk, int unit) {
        for (int start = unit; start >= 0; start--) {
            int owner = ownerAtStart[chunk].get(start);
            if (owner != NONE && start + units(chunk, sizeAtStart[chunk].get(start)) > unit) {
                return "thread " + owner;
            }
        }
        return "a thread still recording its claim";
    }

    private int chunkOf(long address, long size) {
        for (int i = 0; i < chunks.size(); i++) {
            ChunkSnapshot chunk = chunks.get(i);
            if (chunk.contains(address)) {
                long end = firstUnit(i, address) + (long) units(i, size);
                if (end > chunk.unitCount()) {
                    throw new AssertionError(String.format(
                            "%d bytes at 0x%x run past the last whole unit of the chunk at 0x%x", size, address, chunk.start()));
                }
                return i;
            }
        }
        throw new AssertionError(String.format("0x%x is in no chunk", address));
    }

    private int firstUnit(int chunk, long address) {
        ChunkSnapshot c = chunks.get(chunk);
        long offset = address - c.start();
        if ((offset & ((1L << c.order()) - 1)) != 0) {
            throw new AssertionError(String.format("0x%x is not on a unit boundary of the chunk at 0x%x", address, c.start()));
        }
        return (int) (offset >>> c.order());
    }

    private int units(int chunk, long size) {
        int order = chunks.get(chunk).order();
        return (int) ((size + (1L << order) - 1) >>> order);
    }

    private long unitAddress(int chunk, int unit) {
        return chunks.get(chunk).start() + ((long) unit << chunks.get(chunk).order());
    }
}
