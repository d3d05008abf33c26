package dev.poolscope.core;

/** Which chunk a free applies to, after the kernel's BUG_ON checks (and the tail check it lacks). */
final class FreeTarget {

    private FreeTarget() {
    }

    /**
     * The chunk of {@code chunks} (list order) that a free of {@code size} bytes at {@code address}
     * ({@code nbits} units of {@code 2^order} bytes) applies to under {@code variant}.
     *
     * @throws InvalidFreeException when no chunk holds the address or the range runs past the chunk
     */
    static Chunk find(Chunk[] chunks, Variant variant, int order, long address, long size, long nbits) {
        Chunk found = null;
        for (Chunk chunk : chunks) {
            if (found == null && variant.chunkHolds(chunk, address)) {
                found = chunk;
            }
        }
        if (found == null) {
            throw new InvalidFreeException(address, size, "the address is in no chunk of the pool");
        }
        if (variant.freeOverruns(found, address, size)) {
            throw new InvalidFreeException(address, size, "the range runs past the end of " + found);
        }
        long startBit = (address - found.start()) >>> order;
        if (Long.compareUnsigned(startBit + nbits, found.bitCount()) > 0) {
            throw new InvalidFreeException(address, size, String.format(
                    "bits [%d, %d) run past the last whole unit of %s, which has %d bits",
                    startBit, startBit + nbits, found, found.bitCount()));
        }
        return found;
    }
}
