package dev.poolscope.core;

/** gen_pool_first_fit_order_align: alignment is relative to the chunk's bit 0, not to the address. */
final class FirstFitOrderAlign implements Algorithm {

    static final FirstFitOrderAlign INSTANCE = new FirstFitOrderAlign();

    private FirstFitOrderAlign() {
    }

    @Override
    public long find(Bitmap map, long startBit, long nbits, long chunkStart, int order) {
        long roundedUp = nbits <= 1 ? 1 : Long.highestOneBit(nbits - 1) << 1;
        return map.nextClearArea(startBit, nbits, roundedUp - 1, 0);
    }

    @Override
    public String name() {
        return "first_fit_order_align";
    }
}
