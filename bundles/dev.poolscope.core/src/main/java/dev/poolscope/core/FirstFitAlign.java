package dev.poolscope.core;

/**
 * gen_pool_first_fit_align. The offset of the chunk's start within an alignment block is counted
 * in whole units, so a chunk whose start is not unit-aligned gives unaligned results, as in the kernel.
 */
record FirstFitAlign(long align) implements Algorithm {

    FirstFitAlign {
        if (align <= 0 || Long.bitCount(align) != 1) {
            throw new IllegalArgumentException("first_fit_align needs a power-of-two alignment, got " + align);
        }
    }

    @Override
    public long find(Bitmap map, long startBit, long nbits, long chunkStart, int order) {
        long unit = 1L << order;
        long alignMask = ((align + unit - 1) >>> order) - 1;
        long alignOffset = (chunkStart & (align - 1)) >>> order;
        return map.nextClearArea(startBit, nbits, alignMask, alignOffset);
    }

    @Override
    public String name() {
        return "first_fit_align";
    }

    @Override
    public String describe() {
        return name() + " align=" + align;
    }
}
