package dev.poolscope.core.concurrent;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The test's own record of who owns each allocation unit: an owner id per unit per chunk, 0 when
 * free. A thread claims the units of an allocation the allocator just returned, with a CAS from 0
 * to its id, and releases them before it hands the memory back. A claim that finds a unit taken
 * means the allocator handed out one unit to two live allocations.
 */
final class ShadowOwners {

    static final int FREE = 0;

    private final List<ChunkSnapshot> chunks;
    private final AtomicIntegerArray[] owners;

    /** A shadow of the chunks' geometry; their words and avail are not read. */
    ShadowOwners(List<ChunkSnapshot> chunks) {
        this.chunks = List.copyOf(chunks);
        this.owners = new AtomicIntegerArray[chunks.size()];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = new AtomicIntegerArray(Math.toIntExact(chunks.get(i).unitCount()));
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
        long first = firstUnit(chunk, address);
        long count = units(chunk, size);
        for (long unit = first; unit < first + count; unit++) {
            int previous = owners[chunk].compareAndExchange((int) unit, FREE, owner);
            if (previous != FREE) {
                throw new AssertionError(String.format(
                        "overlap: allocation of %d bytes at 0x%x by thread %d shares the unit at 0x%x with a live allocation of thread %d",
                        size, address, owner, unitAddress(chunk, unit), previous));
            }
        }
    }

    /**
     * Forgets the allocation; call it before the memory goes back to the pool.
     *
     * @throws AssertionError when some unit of the range is not {@code owner}'s
     */
    void release(long address, long size, int owner) {
        int chunk = chunkOf(address, size);
        long first = firstUnit(chunk, address);
        long count = units(chunk, size);
        for (long unit = first; unit < first + count; unit++) {
            int previous = owners[chunk].compareAndExchange((int) unit, owner, FREE);
            if (previous != owner) {
                throw new AssertionError(String.format(
                        "thread %d frees %d bytes at 0x%x but the unit at 0x%x is owned by thread %d",
                        owner, size, address, unitAddress(chunk, unit), previous));
            }
        }
    }

    /** The bitmap words chunk {@code chunk} should have: a bit for every unit of a live allocation. */
    long[] liveWords(int chunk) {
        long[] words = new long[(int) ((chunks.get(chunk).unitCount() + 63) >>> 6)];
        for (int unit = 0; unit < owners[chunk].length(); unit++) {
            if (owners[chunk].get(unit) != FREE) {
                words[unit >>> 6] |= 1L << unit;
            }
        }
        return words;
    }

    /** Units of chunk {@code chunk} held by live allocations. */
    long liveUnits(int chunk) {
        long live = 0;
        for (int unit = 0; unit < owners[chunk].length(); unit++) {
            live += owners[chunk].get(unit) != FREE ? 1 : 0;
        }
        return live;
    }

    int chunkCount() {
        return owners.length;
    }

    private int chunkOf(long address, long size) {
        for (int i = 0; i < chunks.size(); i++) {
            ChunkSnapshot chunk = chunks.get(i);
            if (chunk.contains(address)) {
                long end = firstUnit(i, address) + units(i, size);
                if (end > chunk.unitCount()) {
                    throw new AssertionError(String.format(
                            "%d bytes at 0x%x run past the last whole unit of the chunk at 0x%x", size, address, chunk.start()));
                }
                return i;
            }
        }
        throw new AssertionError(String.format("0x%x is in no chunk", address));
    }

    private long firstUnit(int chunk, long address) {
        ChunkSnapshot c = chunks.get(chunk);
        long offset = address - c.start();
        if ((offset & ((1L << c.order()) - 1)) != 0) {
            throw new AssertionError(String.format("0x%x is not on a unit boundary of the chunk at 0x%x", address, c.start()));
        }
        return offset >>> c.order();
    }

    private long units(int chunk, long size) {
        int order = chunks.get(chunk).order();
        return (size + (1L << order) - 1) >>> order;
    }

    private long unitAddress(int chunk, long unit) {
        return chunks.get(chunk).start() + (unit << chunks.get(chunk).order());
    }
}
