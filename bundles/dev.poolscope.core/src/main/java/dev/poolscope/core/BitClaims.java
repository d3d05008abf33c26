package dev.poolscope.core;

/**
 * The bitmap side of alloc and free in one chunk, under the variant's locking: claiming the bits a
 * search found (rolling back a set that lost a race part-way, and searching again) and clearing
 * the bits of a free (setting them back when some were not allocated).
 */
final class BitClaims {

    private final int order;
    private final Probe probe;
    private final Locking locking;

    BitClaims(int order, Probe probe, Locking locking) {
        this.order = order;
        this.probe = probe;
        this.locking = locking;
    }

    /**
     * Searches {@code chunk} from {@code fromBit} and sets the bits found; when the set loses a race
     * part-way, rolls back and searches again from the same bit.
     *
     * @return the first bit claimed, or the algorithm's failure value ({@code >=} the bit count)
     */
    long claim(Chunk chunk, long fromBit, long nbits, Algorithm algorithm) {
        Bitmap bitmap = chunk.bitmap();
        long bit = fromBit;
        boolean done = false;
        locking.lockChunk(chunk);
        try {
            while (!done) {
                long from = bit;
                bit = algorithm.find(bitmap, from, nbits, chunk.start(), order);
                probe.search(chunk, from, nbits, bit);
                done = Long.compareUnsigned(bit, chunk.bitCount()) >= 0;
                if (!done) {
                    long remaining = bitmap.changeRange(chunk, bit, nbits, BitChange.SET,
                            locking.bitmapUnderLock(), probe);
                    done = remaining == 0;
                    if (!done) {
                        rollBack(chunk, bit, nbits, remaining);
                    }
                }
            }
        } finally {
            locking.unlockChunk(chunk);
        }
        return bit;
    }

    /** Clears the bits a lost multi-word set had already set, so the retry starts from a clean map. */
    private void rollBack(Chunk chunk, long startBit, long nbits, long remaining) {
        probe.partialSet(chunk, startBit, nbits, remaining);
        long setBits = nbits - remaining;
        probe.rollback(chunk, startBit, setBits);
        // this thread set these bits a moment ago and no one else may clear bits they did not
        // allocate, so the clear cannot conflict unless another thread freed memory it never owned
        long left = chunk.bitmap().changeRange(chunk, startBit, setBits, BitChange.CLEAR,
                locking.bitmapUnderLock(), probe);
        if (left != 0) {
            throw new IllegalStateException(String.format(
                    "rollback of bits [%d, %d) in %s found a bit already clear: another thread freed memory it did not own",
                    startBit, startBit + setBits, chunk));
        }
        probe.retry(chunk, startBit);
    }

    /** Clears the bits of a free; on a bit already clear, sets back what it cleared and throws. */
    void clear(Chunk chunk, long startBit, long nbits, long address, long size) {
        Bitmap bitmap = chunk.bitmap();
        long remaining;
        long unrestored = 0;
        locking.lockChunk(chunk);
        try {
            remaining = bitmap.changeRange(chunk, startBit, nbits, BitChange.CLEAR,
                    locking.bitmapUnderLock(), probe);
            if (remaining != 0) {
                long cleared = nbits - remaining;
                probe.partialClear(chunk, startBit, nbits, remaining);
                probe.restore(chunk, startBit, cleared);
                // the bits were ours to free and are set back at once; only another thread that
                // allocated them in between (possible only around a double free) makes this fail
                unrestored = bitmap.changeRange(chunk, startBit, cleared, BitChange.SET,
                        locking.bitmapUnderLock(), probe);
            }
        } finally {
            locking.unlockChunk(chunk);
        }
        if (remaining != 0) {
            long firstClear = BitSearch.nextClearBit(bitmap, startBit + nbits, startBit);
            throw new InvalidFreeException(address, size, String.format(
                    "bits [%d, %d) of %s are not all allocated (double free?): bit %d (address 0x%x) is free%s",
                    startBit, startBit + nbits, chunk, firstClear, chunk.addressOf(firstClear),
                    unrestored == 0 ? "; nothing was changed"
                            : "; another thread took " + unrestored + " of the bits before they could be set back"));
        }
    }
}
