package dev.poolscope.core;

/**
 * Putting a pool into a state known from elsewhere, a real kernel's capture: an allocation the
 * kernel made, marked without a search ({@link GenPool#place}), and a chunk's bitmap restored from
 * a snapshot ({@link GenPool#restore}). Neither is a kernel operation; both are meant for a pool no
 * other thread uses meanwhile, and a concurrent alloc or free could interleave with them unseen.
 */
final class Placement {

    private Placement() {
    }

    /** Marks the units of {@code [address, address + size)} allocated in the first chunk holding address. */
    static Chunk place(Chunk[] list, int order, long address, long size, Probe probe) {
        if (size <= 0) {
            throw new InvalidPlacementException(address, size, "the size must be positive");
        }
        Chunk chunk = holder(list, address, size);
        long offset = address - chunk.start();
        if ((offset & ((1L << order) - 1)) != 0) {
            throw new InvalidPlacementException(address, size, String.format(
                    "the address is not at a unit boundary of %s (offset %d, units of %d bytes)", chunk, offset, 1L << order));
        }
        long startBit = offset >>> order;
        long nbits = GenPool.bitsFor(size, order);
        if (Long.compareUnsigned(nbits, chunk.bitCount() - startBit) > 0) {
            throw new InvalidPlacementException(address, size, String.format(
                    "%d units from bit %d run past the last whole unit of %s, which has %d bits",
                    nbits, startBit, chunk, chunk.bitCount()));
        }
        long busy = BitSearch.nextSetBit(chunk.bitmap(), startBit + nbits, startBit);
        if (busy < startBit + nbits) {
            throw new InvalidPlacementException(address, size, String.format(
                    "bit %d (address 0x%x) of %s is already allocated", busy, chunk.addressOf(busy), chunk));
        }
        // no other thread uses the pool (the contract), so the bits just seen clear stay clear and the set lands whole
        long left = chunk.bitmap().changeRange(chunk, startBit, nbits, BitChange.SET, false, probe);
        if (left != 0) {
            throw new IllegalStateException("place(0x" + Long.toHexString(address) + ", " + size
                    + "): another thread changed " + chunk + " meanwhile; a placement needs the pool to itself");
        }
        long delta = -(nbits << order);
        probe.availChange(chunk, delta, chunk.addAvail(delta));
        return chunk;
    }

    /** Sets every word of {@code chunk} and its avail to what those words leave free. */
    static void restore(Chunk[] list, Chunk chunk, long[] words) {
        boolean ours = false;
        for (Chunk c : list) {
            ours |= c == chunk;
        }
        if (!ours) {
            throw new IllegalArgumentException(chunk + " is not a chunk of this pool");
        }
        Bitmap bitmap = chunk.bitmap();
        if (words.length != bitmap.wordCount()) {
            throw new IllegalArgumentException(String.format("%s has %d bitmap words, not %d",
                    chunk, bitmap.wordCount(), words.length));
        }
        long setBits = 0;
        for (int i = 0; i < words.length; i++) {
            long past = i == words.length - 1 ? words[i] & ~WordMasks.lastWordMask(chunk.bitCount()) : 0;
            if (past != 0) {
                throw new IllegalArgumentException(String.format("word %d (%016x) of %s sets bit %d, past its last bit %d",
                        i, words[i], chunk, 64L * i + Long.numberOfTrailingZeros(past), chunk.bitCount() - 1));
            }
            setBits += Long.bitCount(words[i]);
        }
        bitmap.restore(words);
        chunk.setAvail(chunk.size() - (setBits << chunk.order()));
    }

    /** The first chunk in list order holding {@code address}, as a free finds it. */
    private static Chunk holder(Chunk[] list, long address, long size) {
        for (Chunk chunk : list) {
            if (chunk.contains(address)) {
                return chunk;
            }
        }
        throw new InvalidPlacementException(address, size, "the address is in no chunk of the pool");
    }
}
