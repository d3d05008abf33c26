package dev.poolscope.analysis.fragmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Metrics of hand-built bitmaps, each value worked out by hand in the comments (set bit = allocated). */
class ExtentStatsTest {

    private static final double EXACT = 1e-12;

    /**
     * 16 units, allocated 0, 4, 11, 12, 14; bits 16..63 of the word are outside the chunk.
     * Extents [1,4) 3, [5,11) 6, [13,14) 1, [15,16) 1: F = 11, R = 4, L = 6.
     */
    private static final long[] SMALL = {1L | 1L << 4 | 1L << 11 | 1L << 12 | 1L << 14};

    /**
     * 192 units: free 60..63 of word 0, all of word 1, 0..1 and 62..63 of word 2.
     * Extents [60,130) 70 and [190,192) 2: F = 72, R = 2, L = 70.
     */
    private static final long[] CROSSING = {~(0xFL << 60), 0, ~(0b11L | 0b11L << 62)};

    @Test
    void anEmptyChunkIsOneExtent() {
        ExtentStats stats = ExtentStats.ofChunk(new long[] {0, 0}, 128);
        assertEquals(128, stats.free());
        assertEquals(1, stats.extents());
        assertEquals(128, stats.largest());
        assertEquals(128.0, stats.meanExtent());
        assertEquals(1, stats.histogram()[7], "128 = 2^7");
        assertEquals(1, sum(stats.histogram()));
        assertEquals(0.0, stats.external());
        assertEquals(0.0, stats.unusable(1));
        assertEquals(2.0 / 128, stats.unusable(3), EXACT, "S(3) = 42, 128 - 126 = 2 units unusable");
        assertEquals(-1.0, stats.fragmentationIndex(128));
        assertEquals(-0.5, stats.fragmentationIndex(256), EXACT, "1 - (1 + 128/256)/1");
    }

    @Test
    void aFullChunkHasNothingFree() {
        ExtentStats stats = ExtentStats.ofChunk(new long[] {-1L, -1L}, 128);
        assertEquals(0, stats.free());
        assertEquals(0, stats.extents());
        assertEquals(0, stats.largest());
        assertEquals(0.0, stats.meanExtent());
        assertEquals(0, sum(stats.histogram()));
        assertEquals(0.0, stats.external(), "0 when F = 0");
        assertEquals(1.0, stats.unusable(1), "1 when F = 0");
        assertEquals(1.0, stats.unusableAligned(4), "1 when F = 0");
        assertEquals(0.0, stats.fragmentationIndex(1), "0 when R = 0");
    }

    @Test
    void aChunkOfNoBitsHasNoWordsAndNoExtents() {
        ExtentStats stats = ExtentStats.ofChunk(new long[0], 0);
        assertEquals(0, stats.free());
        assertEquals(0, stats.extents());
    }

    @Test
    void oneExtentInsideAWord() {
        // free units 4..11: F = 8, R = 1, L = 8, starting at 4
        ExtentStats stats = ExtentStats.ofChunk(new long[] {~0xFF0L}, 64);
        assertEquals(8, stats.free());
        assertEquals(1, stats.extents());
        assertEquals(4, stats.extentStart(0));
        assertEquals(8, stats.extentLength(0));
        assertEquals(1, stats.histogram()[3]);
        assertEquals(0.0, stats.unusable(8), "one 8-unit slot at 4");
        assertEquals(1.0, stats.unusableAligned(8), "no multiple of 8 in 4..11 has 8 free units after it");
        assertEquals(0.0, stats.unusableAligned(4), "slots at 4 and 8");
    }

    @Test
    void extentsThatCrossWordBoundaries() {
        ExtentStats stats = ExtentStats.ofChunk(CROSSING, 192);
        assertEquals(72, stats.free());
        assertEquals(2, stats.extents());
        assertEquals(70, stats.largest());
        assertEquals(60, stats.extentStart(0));
        assertEquals(190, stats.extentStart(1));
        assertEquals(36.0, stats.meanExtent());
        long[] histogram = new long[ExtentStats.CLASSES];
        histogram[6] = 1; // 70: 64 <= 70 < 128
        histogram[1] = 1; // 2
        assertArrayEquals(histogram, stats.histogram());
        assertEquals(1.0 / 36, stats.external(), EXACT, "1 - 70/72");
        assertEquals(0.0, stats.unusable(2), "S(2) = 35 + 1");
        assertEquals(4.0 / 72, stats.unusable(4), EXACT, "S(4) = 17 + 0: 72 - 68");
        assertEquals(8.0 / 72, stats.unusable(64), EXACT, "S(64) = 1");
        assertEquals(1.0, stats.unusable(128), "S(128) = 0");
        assertEquals(4.0 / 72, stats.unusableAligned(4), EXACT, "4-aligned slots 60..124: 17");
        assertEquals(8.0 / 72, stats.unusableAligned(64), EXACT, "the slot 64..127");
        assertEquals(2.0 / 72, stats.unusable(70), EXACT, "S(70) = 1");
        assertEquals(1.0, stats.unusableAligned(70), "70 is past 60 and 140 past 130: no aligned slot");
        assertEquals(-1.0, stats.fragmentationIndex(70));
        assertEquals(-1.0 / 142, stats.fragmentationIndex(71), EXACT, "1 - (1 + 72/71)/2 = 1 - 143/142");
        assertEquals(0.25, stats.fragmentationIndex(144), EXACT, "1 - (1 + 0.5)/2");
    }

    @Test
    void bitsPastTheChunkEndAreNeitherFreeNorAllocated() {
        // 100 units: word 0 allocated, word 1 allocated 64..93, free 94..99; bits 36..63 of word 1 are outside
        long[] clearOutside = {-1L, (1L << 30) - 1};
        long[] setOutside = {-1L, ~(0x3FL << 30)};
        for (long[] words : List.of(clearOutside, setOutside)) {
            ExtentStats stats = ExtentStats.ofChunk(words, 100);
            assertEquals(6, stats.free());
            assertEquals(1, stats.extents());
            assertEquals(94, stats.extentStart(0));
            assertEquals(6, stats.largest());
        }
        ExtentStats full = ExtentStats.ofChunk(new long[] {-1L, (1L << 36) - 1}, 100);
        assertEquals(0, full.free(), "units 64..99 allocated; the clear bits 100..127 are outside");
        assertEquals(0, full.extents());
        ExtentStats allFree = ExtentStats.ofChunk(new long[] {0, 0}, 100);
        assertEquals(100, allFree.free(), "the 28 clear bits past the end are not free");
        assertEquals(1, allFree.extents());
    }

    @Test
    void unusableAndFragmentationIndexesForSeveralRequests() {
        ExtentStats stats = ExtentStats.ofChunk(SMALL, 16);
        assertEquals(11, stats.free());
        assertEquals(4, stats.extents());
        assertEquals(6, stats.largest());
        assertEquals(2.75, stats.meanExtent());
        assertEquals(2, stats.histogram()[0], "1 and 1");
        assertEquals(1, stats.histogram()[1], "3");
        assertEquals(1, stats.histogram()[2], "6");
        assertEquals(5.0 / 11, stats.external(), EXACT, "1 - 6/11");
        // S(n) = 3/n + 6/n + 0 + 0 (floors) for n >= 2
        assertEquals(0.0, stats.unusable(1));
        assertEquals(3.0 / 11, stats.unusable(2), EXACT, "S = 1 + 3: 11 - 8");
        assertEquals(2.0 / 11, stats.unusable(3), EXACT, "S = 1 + 2: 11 - 9");
        assertEquals(7.0 / 11, stats.unusable(4), EXACT, "S = 0 + 1: 11 - 4");
        assertEquals(5.0 / 11, stats.unusable(6), EXACT, "S = 1: 11 - 6");
        assertEquals(1.0, stats.unusable(7));
        // aligned slots: n=2 at 2, 6, 8 (not 4: allocated; 10 ends at 11); n=3 at 6; n=4 none (4 is allocated, 8..11 ends at 11)
        assertEquals(0.0, stats.unusableAligned(1));
        assertEquals(5.0 / 11, stats.unusableAligned(2), EXACT, "3 slots: 11 - 6");
        assertEquals(8.0 / 11, stats.unusableAligned(3), EXACT, "1 slot: 11 - 3");
        assertEquals(1.0, stats.unusableAligned(4));
        assertEquals(-1.0, stats.fragmentationIndex(1));
        assertEquals(-1.0, stats.fragmentationIndex(6));
        assertEquals(5.0 / 14, stats.fragmentationIndex(7), EXACT, "1 - (1 + 11/7)/4 = 1 - 18/28");
        assertEquals(13.0 / 32, stats.fragmentationIndex(8), EXACT, "1 - (1 + 11/8)/4 = 1 - 19/32");
    }

    @Test
    void aPoolIsItsChunksExtentsSideBySide() {
        ExtentStats pool = ExtentStats.combine(List.of(ExtentStats.ofChunk(SMALL, 16),
                ExtentStats.ofChunk(CROSSING, 192)));
        assertEquals(83, pool.free());
        assertEquals(6, pool.extents());
        assertEquals(70, pool.largest());
        assertEquals(2, pool.histogram()[0]);
        assertEquals(2, pool.histogram()[1], "3 and 2");
        assertEquals(1, pool.histogram()[2]);
        assertEquals(1, pool.histogram()[6]);
        assertEquals(11.0 / 83, pool.unusable(4), EXACT, "S(4) = 1 + 17: 83 - 72");
        assertEquals(15.0 / 83, pool.unusableAligned(4), EXACT, "0 + 17 slots: 83 - 68");
        assertEquals(1 - (1 + 83.0 / 71) / 6, pool.fragmentationIndex(71), EXACT);
    }

    @Test
    void extentsNeverJoinAcrossChunks() {
        // chunk A ends free (units 32..63), chunk B starts free (units 0..31)
        ExtentStats a = ExtentStats.ofChunk(new long[] {0xFFFF_FFFFL}, 64);
        ExtentStats b = ExtentStats.ofChunk(new long[] {~0xFFFF_FFFFL}, 64);
        ExtentStats pool = ExtentStats.combine(List.of(a, b));
        assertEquals(2, pool.extents());
        assertEquals(32, pool.largest());
        assertEquals(-1.0, pool.fragmentationIndex(32));
        assertEquals(1 - (1 + 64.0 / 33) / 2, pool.fragmentationIndex(33), EXACT);
    }

    @Test
    void badInputIsRefusedWithTheNumbers() {
        IllegalArgumentException words = assertThrows(IllegalArgumentException.class,
                () -> ExtentStats.ofChunk(new long[1], 65));
        assertEquals("65 bits need 2 bitmap words, got 1", words.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ExtentStats.ofChunk(new long[0], -1));
        IllegalArgumentException request = assertThrows(IllegalArgumentException.class,
                () -> ExtentStats.ofChunk(SMALL, 16).unusable(0));
        assertEquals("request of 0 units: a request takes at least 1 unit", request.getMessage());
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
