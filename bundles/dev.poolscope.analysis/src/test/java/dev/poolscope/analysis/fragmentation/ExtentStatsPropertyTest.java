package dev.poolscope.analysis.fragmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The word-at-a-time metrics equal a plain loop over bits on random bitmaps of many sizes and fill levels. */
class ExtentStatsPropertyTest {

    private static final long[] SIZES = {1, 2, 63, 64, 65, 100, 127, 128, 129, 191, 1000, 4096, 5003};
    /** Mean run lengths: from salt-and-pepper to long runs that span words. */
    private static final int[] MEAN_RUNS = {1, 3, 40, 300};
    private static final double[] FILLS = {0, 0.1, 0.5, 0.9, 1};
    private static final long[] REQUESTS = {1, 2, 3, 4, 7, 8, 16, 64, 100, 128, 512};

    @Test
    void everyMetricEqualsTheNaiveOneOnRandomBitmaps() {
        Random random = new Random(0x5EED_F4A6L);
        int cases = 0;
        for (long bits : SIZES) {
            for (int meanRun : MEAN_RUNS) {
                for (double fill : FILLS) {
                    long[] words = randomBitmap(random, bits, meanRun, fill);
                    String label = bits + " bits, runs ~" + meanRun + ", fill " + fill;
                    assertAgree(NaiveExtents.of(words, bits), ExtentStats.ofChunk(words, bits), label);
                    cases++;
                }
            }
        }
        assertEquals(SIZES.length * MEAN_RUNS.length * FILLS.length, cases);
    }

    @Test
    void aPoolEqualsAllItsChunksExtentsAtOnce() {
        Random random = new Random(42);
        for (int pool = 0; pool < 20; pool++) {
            List<ExtentStats> chunks = new ArrayList<>();
            List<NaiveExtents.Extent> all = new ArrayList<>();
            for (int chunk = 0; chunk < 1 + pool % 5; chunk++) {
                long bits = 1 + random.nextInt(3000);
                long[] words = randomBitmap(random, bits, 1 + random.nextInt(200), random.nextDouble());
                chunks.add(ExtentStats.ofChunk(words, bits));
                all.addAll(NaiveExtents.of(words, bits).extents());
            }
            assertAgree(new NaiveExtents(all), ExtentStats.combine(chunks), "pool " + pool);
        }
    }

    private static void assertAgree(NaiveExtents naive, ExtentStats stats, String label) {
        assertEquals(naive.extents().size(), stats.extents(), label + ": R");
        for (int i = 0; i < stats.extents(); i++) {
            assertEquals(naive.extents().get(i), new NaiveExtents.Extent(stats.extentStart(i), stats.extentLength(i)),
                    label + ": extent " + i);
        }
        assertEquals(naive.free(), stats.free(), label + ": F");
        assertEquals(naive.largest(), stats.largest(), label + ": L");
        assertArrayEquals(naive.histogram(), stats.histogram(), label + ": histogram");
        for (long n : REQUESTS) {
            assertEquals(naive.unusable(n, false), stats.unusable(n), 1e-12, label + ": U(" + n + ")");
            assertEquals(naive.unusable(n, true), stats.unusableAligned(n), 1e-12, label + ": Ua(" + n + ")");
            assertEquals(naive.fragmentationIndex(n), stats.fragmentationIndex(n), 1e-12, label + ": FI(" + n + ")");
        }
    }

    /**
     * Alternating allocated and free runs of random length around {@code meanRun}, a share {@code fill} of
     * them allocated; the bits past the chunk's end are random, so the scan must ignore them.
     */
    private static long[] randomBitmap(Random random, long bits, int meanRun, double fill) {
        long[] words = new long[(int) ((bits + 63) / 64)];
        long bit = 0;
        while (bit < bits) {
            long run = 1 + random.nextInt(2 * meanRun);
            boolean allocated = random.nextDouble() < fill;
            for (long end = Math.min(bits, bit + run); bit < end; bit++) {
                words[(int) (bit / 64)] |= allocated ? 1L << (bit % 64) : 0;
            }
        }
        if (bits % 64 != 0) {
            words[words.length - 1] |= random.nextLong() & (-1L << (bits % 64));
        }
        return words;
    }
}
