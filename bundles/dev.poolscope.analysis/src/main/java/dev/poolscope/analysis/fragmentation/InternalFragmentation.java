package dev.poolscope.analysis.fragmentation;

import dev.poolscope.core.GenPool;

/** Internal fragmentation: the bytes live requests waste because the pool rounds each up to whole units. */
public final class InternalFragmentation {

    private InternalFragmentation() {
    }

    /**
     * &Sigma;(&lceil;size/unit&rceil;&middot;unit &minus; size) over {@code sizes} (bytes of the live requests),
     * with units of 2^{@code order} bytes, rounded as the pool rounds ({@link GenPool#bitsFor}).
     */
    public static long lostBytes(long[] sizes, int order) {
        checkOrder(order);
        long lost = 0;
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 0) {
                throw new IllegalArgumentException("request " + i + " has negative size " + sizes[i]);
            }
            lost = Math.addExact(lost, lostBytes(sizes[i], order));
        }
        return lost;
    }

    /** &lceil;size/unit&rceil;&middot;unit &minus; size for one request of {@code size} bytes. */
    public static long lostBytes(long size, int order) {
        checkOrder(order);
        return Math.multiplyExact(GenPool.bitsFor(size, order), 1L << order) - size;
    }

    private static void checkOrder(int order) {
        if (order < 0 || order > GenPool.MAX_ORDER) {
            throw new IllegalArgumentException("unit order " + order + " is outside 0.." + GenPool.MAX_ORDER);
        }
    }
}
