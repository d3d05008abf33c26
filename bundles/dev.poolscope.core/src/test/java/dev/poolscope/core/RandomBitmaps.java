package dev.poolscope.core;

import java.util.SplittableRandom;

/** Bitmaps of the shapes a search meets, and random changes to them through the allocator's own word changes. */
final class RandomBitmaps {

    private RandomBitmaps() {
    }

    /** The words of a map of {@code bits} bits: random bits, runs of many lengths, nearly full, nearly clear. */
    static long[] words(long bits, SplittableRandom random) {
        long[] words = new long[(int) ((bits + 63) >>> 6)];
        int shape = random.nextInt(5);
        double fill = new double[] {0.1, 0.5, 0.9, 0.99}[random.nextInt(4)];
        long bit = 0;
        boolean set = random.nextBoolean();
        while (bit < bits) {
            long run = switch (shape) {
                case 0 -> 1; // independent bits
                case 1 -> 1 + random.nextLong(set ? 80 : 40);
                case 2 -> 1 + random.nextLong(set ? 600 : 8);
                case 3 -> 1 + random.nextLong(set ? 5 : 300);
                default -> 1 + random.nextLong(130);
            };
            boolean on = shape == 0 ? random.nextDouble() < fill : set;
            for (long b = bit; b < Math.min(bits, bit + run); b++) {
                if (on) {
                    words[(int) (b >>> 6)] |= 1L << b;
                }
            }
            bit += run;
            set = !set;
        }
        return words;
    }

    /** Sets a random run of clear bits or clears a random run of set bits, as an alloc or a free would. */
    static void change(Bitmap bitmap, SplittableRandom random) {
        long size = bitmap.bitCount();
        long from = random.nextLong(size);
        boolean clear = bitmap.isSet(from);
        long end = from;
        long most = 1 + random.nextLong(300);
        while (end < size && end - from < most && bitmap.isSet(end) == clear) {
            end++;
        }
        long left = bitmap.changeRange(null, from, end - from, clear ? BitChange.CLEAR : BitChange.SET, false, Probe.NONE);
        if (left != 0) {
            throw new AssertionError("the run [" + from + ", " + end + ") did not change whole");
        }
    }
}
