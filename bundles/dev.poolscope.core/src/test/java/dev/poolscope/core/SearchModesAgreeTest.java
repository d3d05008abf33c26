package dev.poolscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The property the fast search must have: on the same bitmap and the same request, the
 * {@link SearchMode#SUMMARIES summary} search gives the {@link SearchMode#REFERENCE reference}
 * scan's answer, failure values included, for every alignment, start bit and length, and whatever
 * bounds earlier searches and changes left in the summary.
 */
class SearchModesAgreeTest {

    private static final long[] ALIGN_MASKS = {0, 0, 0, 1, 3, 7, 15, 31, 63, 127, 255, 1023};

    /** Random bitmaps of many shapes, searched again and again between random sets and clears. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void theSearchesAgreeOnRandomBitmaps(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int map = 0; map < 12; map++) {
            long bits = bitCount(random);
            Bitmap bitmap = new Bitmap(bits, SearchMode.SUMMARIES);
            bitmap.restore(RandomBitmaps.words(bits, random));
            for (int round = 0; round < 8; round++) {
                for (int search = 0; search < 60; search++) {
                    assertSameAnswer(bitmap, random, "seed " + seed + ", map " + map + ", round " + round);
                }
                RandomBitmaps.change(bitmap, random);
            }
        }
    }

    /**
     * Whole pools, every variant: the same operations on a pool of each search mode give the same
     * addresses and bitmaps after every operation, and every algorithm's own answer agrees on the
     * pools' bitmaps along the way.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Variant.class)
    void poolsOfEitherSearchMakeTheSameAllocations(Variant variant) {
        SplittableRandom random = new SplittableRandom(variant.ordinal() + 40);
        GenPool reference = pool(variant, SearchMode.REFERENCE);
        GenPool fast = pool(variant, SearchMode.SUMMARIES);
        List<long[]> live = new ArrayList<>();
        for (int op = 0; op < 6000; op++) {
            if (live.isEmpty() || random.nextInt(100) < 55) {
                long size = 1 + random.nextLong(random.nextInt(10) == 0 ? 20_000 : 1500);
                Algorithm algorithm = variant == Variant.V4_PATCH ? Algorithm.firstFit() : algorithm(random);
                long address = reference.alloc(size, algorithm);
                assertEquals(address, fast.alloc(size, algorithm), () -> "alloc " + size + " by " + algorithm.describe());
                if (address != 0) {
                    live.add(new long[] {address, size});
                }
            } else {
                long[] block = live.remove(random.nextInt(live.size()));
                reference.free(block[0], block[1]);
                fast.free(block[0], block[1]);
            }
            assertEquals(PoolState.of(reference), PoolState.of(fast), "after operation " + op);
            if (op % 50 == 0) {
                algorithmsAgree(fast, random, variant + " at operation " + op);
            }
        }
    }

    private static void algorithmsAgree(GenPool pool, SplittableRandom random, String where) {
        for (Chunk chunk : pool.chunks()) {
            Bitmap map = chunk.bitmap();
            for (int i = 0; i < 20; i++) {
                Algorithm algorithm = algorithm(random);
                long start = random.nextInt(4) == 0 ? random.nextLong(map.bitCount() + 10) : 0;
                long nbits = 1 + random.nextLong(random.nextBoolean() ? 70 : 700);
                assertEquals(algorithm.find(map.referenceView(), start, nbits, chunk.start(), pool.minAllocOrder()),
                        algorithm.find(map, start, nbits, chunk.start(), pool.minAllocOrder()),
                        () -> where + ": " + algorithm.describe() + " of " + nbits + " bits from " + start);
            }
        }
    }

    private static void assertSameAnswer(Bitmap bitmap, SplittableRandom random, String where) {
        long size = bitmap.bitCount();
        long mask = ALIGN_MASKS[random.nextInt(ALIGN_MASKS.length)];
        long offset = mask == 0 ? 0 : random.nextLong(mask + 1);
        long nbits = switch (random.nextInt(8)) {
            case 0 -> size - random.nextLong(Math.min(size, 3));
            case 1 -> size + 1 + random.nextInt(3);
            case 2 -> 65 + random.nextInt(400);
            default -> 1 + random.nextInt(70);
        };
        long start = switch (random.nextInt(10)) {
            case 0 -> random.nextLong(size);
            case 1 -> size + random.nextInt(3);
            case 2 -> Long.MIN_VALUE + random.nextInt(100); // a v4 start carried from a failed search, past every size
            default -> 0;
        };
        long expected = BitSearch.nextClearArea(bitmap, size, start, nbits, mask, offset);
        assertEquals(expected, bitmap.nextClearArea(start, nbits, mask, offset),
                () -> where + ": " + nbits + " bits from " + start + ", align mask " + mask + " offset " + offset
                        + " on a map of " + size + " bits");
    }

    private static long bitCount(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> 1 + random.nextInt(64);
            case 1 -> 64 * (1 + random.nextInt(4));
            case 2 -> 65 + random.nextInt(600);
            case 3 -> 4096 * (1 + random.nextInt(3)) + random.nextInt(2) * random.nextInt(64);
            default -> 1000 + random.nextInt(40_000);
        };
    }

    private static GenPool pool(Variant variant, SearchMode search) {
        GenPool pool = GenPool.create(3, variant, Probe.NONE, search);
        pool.addChunk(0x10_0000, 0x10_0000, 1 << 17); // 16384 bits
        pool.addChunk(0x40_0000 + 40, 0x40_0000, 3000 * 8 + 5); // 3000 bits, not 512-byte aligned, with a tail
        pool.addChunk(0x80_0000, 0x80_0000, 64 * 8 * 70); // 4480 bits: groups of 4 words
        return pool;
    }

    private static Algorithm algorithm(SplittableRandom random) {
        return switch (random.nextInt(7)) {
            case 0 -> Algorithm.firstFitAlign(8L << random.nextInt(10));
            case 1 -> Algorithm.firstFitOrderAlign();
            case 2 -> Algorithm.bestFit();
            case 3 -> Algorithm.fixedOffset(8L * random.nextInt(3000));
            default -> Algorithm.firstFit();
        };
    }
}
