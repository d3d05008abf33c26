package dev.poolscope.core;

/** gen_pool_first_fit. */
final class FirstFit implements Algorithm {

    static final FirstFit INSTANCE = new FirstFit();

    private FirstFit() {
    }

    @Override
    public long find(Bitmap map, long startBit, long nbits, long chunkStart, int order) {
        return map.nextClearArea(startBit, nbits, 0, 0);
    }

    @Override
    public String name() {
        return "first_fit";
    }
}
