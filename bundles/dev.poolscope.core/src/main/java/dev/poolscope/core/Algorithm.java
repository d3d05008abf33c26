package dev.poolscope.core;

/**
 * Where in a chunk an allocation goes: the kernel's genpool_algo_t. Each algorithm is a search
 * over the chunk's bitmap; it may read words that other threads are changing, and the pool's CAS
 * set decides whether the bits it found are really free.
 */
public interface Algorithm {

    /**
     * Finds {@code nbits} clear bits at or after {@code startBit}.
     *
     * @param map        the chunk's bitmap; its {@link Bitmap#bitCount()} is the search end
     * @param chunkStart the chunk's first address (alignment of absolute addresses)
     * @param order      the pool's minimum allocation order
     * @return the first bit of the run, or a value {@code >=} the bit count (compared unsigned) when none fits
     */
    long find(Bitmap map, long startBit, long nbits, long chunkStart, int order);

    /** The kernel's name of the algorithm, as the vector files write it (first_fit, best_fit, ...). */
    String name();

    /** The name with the algorithm's data, as an {@code algo} line of a vector file writes it. */
    default String describe() {
        return name();
    }

    /** gen_pool_first_fit: the lowest run that fits. */
    static Algorithm firstFit() {
        return FirstFit.INSTANCE;
    }

    /** gen_pool_first_fit_align: the lowest run whose absolute address is a multiple of {@code alignBytes}. */
    static Algorithm firstFitAlign(long alignBytes) {
        return new FirstFitAlign(alignBytes);
    }

    /** gen_pool_fixed_alloc: exactly {@code offsetBytes} from the start of a chunk, or nothing. */
    static Algorithm fixedOffset(long offsetBytes) {
        return new FixedOffset(offsetBytes);
    }

    /** gen_pool_first_fit_order_align: the lowest run aligned, relative to the chunk, to the request rounded up to a power of two. */
    static Algorithm firstFitOrderAlign() {
        return FirstFitOrderAlign.INSTANCE;
    }

    /** gen_pool_best_fit: the smallest free run that fits, lowest first among equals. */
    static Algorithm bestFit() {
        return BestFit.INSTANCE;
    }
}
