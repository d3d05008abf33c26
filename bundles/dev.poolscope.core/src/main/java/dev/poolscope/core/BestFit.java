package dev.poolscope.core;

/**
 * gen_pool_best_fit: walks the free runs that fit and keeps the shortest; stops early on an exact
 * fit. Per chunk: the pool takes the first chunk with any fit.
 */
final class BestFit implements Algorithm {

    static final BestFit INSTANCE = new BestFit();

    private BestFit() {
    }

    @Override
    public long find(Bitmap map, long startBit, long nbits, long chunkStart, int order) {
        long size = map.bitCount();
        long best = size;
        long bestLength = size + 1;
        long index = map.nextClearArea(startBit, nbits, 0, 0);
        while (Long.compareUnsigned(index, size) < 0 && bestLength != nbits) {
            long runEnd = BitSearch.nextSetBit(map, size, index + nbits);
            if (runEnd - index < bestLength) {
                bestLength = runEnd - index;
                best = index;
            }
            index = map.nextClearArea(runEnd + 1, nbits, 0, 0);
        }
        return best;
    }

    @Override
    public String name() {
        return "best_fit";
    }
}
