package dev.poolscope.benchmarks;

import java.util.SplittableRandom;

/**
 * A seeded bitmap that looks like a pool in use: runs of allocated blocks with free holes between
 * them, not independent random bits. It walks the bitmap from bit 0 laying down segments of 1..64
 * bits (the unit counts of the standard workload's 32..2048-byte requests at order 5); each segment
 * is an allocated block with probability {@code fill}, else a hole. Blocks and holes have the same
 * length distribution, so the expected share of set bits is {@code fill}, and consecutive blocks
 * form runs whose length grows with the fill.
 */
final class FillPattern {

    /** Longest segment, in bits: a 2048-byte request at order 5. */
    static final int MAX_SEGMENT = 64;

    private FillPattern() {
    }

    /** The words of a {@code bits}-bit bitmap filled so, from {@code seed}. */
    static long[] words(long bits, double fill, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] words = new long[(int) ((bits + 63) >>> 6)];
        long bit = 0;
        while (bit < bits) {
            long length = Math.min(random.nextInt(1, MAX_SEGMENT + 1), bits - bit);
            if (random.nextDouble() < fill) {
                set(words, bit, length);
            }
            bit += length;
        }
        return words;
    }

    private static void set(long[] words, long from, long length) {
        for (long bit = from; bit < from + length; bit++) {
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
    }
}
