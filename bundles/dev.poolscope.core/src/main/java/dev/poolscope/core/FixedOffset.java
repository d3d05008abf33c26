package dev.poolscope.core;

/**
 * gen_pool_fixed_alloc. An offset that is not a whole number of units never fits (the kernel
 * warns). The search starts {@code offset} units past the start bit, so a retry after a lost race
 * (start bit = offset) looks beyond the offset and fails, as in the kernel.
 */
record FixedOffset(long offset) implements Algorithm {

    FixedOffset {
        if (offset < 0) {
            throw new IllegalArgumentException("fixed offset must not be negative, got " + offset);
        }
    }

    @Override
    public long find(Bitmap map, long startBit, long nbits, long chunkStart, int order) {
        long size = map.bitCount();
        long offsetBit = offset >>> order;
        long found = size;
        if ((offset & ((1L << order) - 1)) == 0
                && map.nextClearArea(startBit + offsetBit, nbits, 0, 0) == offsetBit) {
            found = offsetBit;
        }
        return found;
    }

    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public String describe() {
        return name() + " offset=" + offset;
    }
}
