package dev.poolscope.analysis.fragmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The incremental extents of a chunk equal a full scan of its words after every word change. */
class ChunkExtentsTest {

    private static final long[] REQUESTS = {1, 2, 3, 4, 8, 64, 100};

    private static ChunkExtents chunk(long bits) {
        return new ChunkExtents(bits, REQUESTS);
    }

    /** Sets word {@code word} to {@code value} the way a trace says it: the bits that differ. */
    private static void set(ChunkExtents chunk, int word, long value) {
        chunk.flip(word, chunk.word(word) ^ value);
    }

    private static void assertScanned(ChunkExtents chunk, String label) {
        long[] words = chunk.words();
        ExtentStats scanned = ExtentStats.ofChunk(words, chunk.bitCount());
        ExtentsAgree.assertAgree(scanned, chunk, label);
        ExtentsAgree.assertSameExtents(scanned, chunk.stats(), label);
    }

    @Test
    void aClearChunkIsOneExtentAndAnEmptyOneHasNone() {
        ChunkExtents clear = chunk(200);
        assertEquals(200, clear.free());
        assertEquals(1, clear.extents());
        assertEquals(200, clear.largest());
        assertEquals(25, clear.slots(4)); // S(8) is index 4: 200 / 8
        ChunkExtents empty = chunk(0);
        assertEquals(0, empty.free());
        assertEquals(0, empty.extents());
        assertEquals(0, empty.largest());
        assertEquals(1, empty.unusable(0));
        assertEquals(0, empty.fragmentationIndex(0));
    }

    @Test
    void aFullChunkHasNoExtent() {
        ChunkExtents full = chunk(128);
        set(full, 0, -1L);
        set(full, 1, -1L);
        assertEquals(0, full.free());
        assertEquals(0, full.extents());
        assertEquals(0, full.largest());
        assertArrayEquals(new long[ExtentStats.CLASSES], full.histogram());
        assertScanned(full, "full");
    }

    /** Bits 60..67 free across words 0 and 1, the rest taken: one extent of 8 that no word holds alone. */
    @Test
    void anExtentAcrossAWordBoundaryIsOneExtent() {
        ChunkExtents chunk = chunk(128);
        set(chunk, 0, 0x0fff_ffff_ffff_ffffL);
        set(chunk, 1, ~0xfL);
        assertEquals(1, chunk.extents());
        assertEquals(8, chunk.largest());
        assertEquals(60, chunk.stats().extentStart(0));
        assertEquals(2, chunk.slots(3)); // S(4): [60,64) and [64,68)
        assertEquals(2, chunk.alignedSlots(3)); // 60 and 64 are multiples of 4
        assertEquals(0, chunk.alignedSlots(4)); // Sa(8): 64 is the only multiple of 8, and [64,72) ends past the extent
        assertScanned(chunk, "across");
    }

    /** Freeing the middle word of three joins the free tails on both sides into one extent of 72. */
    @Test
    void aWordThatClearsJoinsItsNeighboursExtents() {
        ChunkExtents chunk = chunk(192);
        set(chunk, 0, 0x00ff_ffff_ffff_ffffL); // bits 56..63 free
        set(chunk, 1, -1L);
        set(chunk, 2, -1L << 8); // bits 128..135 free
        assertEquals(2, chunk.extents());
        set(chunk, 1, 0);
        assertEquals(1, chunk.extents());
        assertEquals(8 + 64 + 8, chunk.largest());
        set(chunk, 1, 1L << 31);
        assertEquals(2, chunk.extents());
        assertEquals(8 + 31, chunk.stats().extentLength(0));
        assertScanned(chunk, "join and split");
    }

    /** A chunk of 100 units: bits 36..63 of word 1 are outside it, taken or not. */
    @Test
    void bitsPastTheChunksEndAreNeitherFreeNorTaken() {
        ChunkExtents chunk = chunk(100);
        set(chunk, 1, -1L << 36);
        assertEquals(100, chunk.free());
        assertEquals(1, chunk.extents());
        set(chunk, 1, 1L << 35);
        assertEquals(99, chunk.free());
        assertEquals(99, chunk.largest());
        set(chunk, 1, 0);
        assertEquals(100, chunk.largest());
        assertScanned(chunk, "partial last word");
    }

    @Test
    void randomWordChangesAgreeWithAScanAfterEveryChange() {
        Random random = new Random(0xC4A9_6E5L);
        long[] sizes = {1, 63, 64, 65, 100, 128, 200, 1000, 4097};
        int checks = 0;
        for (long bits : sizes) {
            ChunkExtents chunk = chunk(bits);
            int words = (int) ((bits + 63) / 64);
            for (int change = 0; change < 400; change++) {
                int word = random.nextInt(words);
                set(chunk, word, randomWord(random));
                assertScanned(chunk, bits + " bits, change " + change + " of word " + word);
                checks++;
            }
        }
        assertEquals(sizes.length * 400, checks);
    }

    /** Empty, full, runs of any length at any place, or salt and pepper: every shape a word takes. */
    private static long randomWord(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> -1L;
            case 2 -> -1L << random.nextInt(64);
            case 3 -> -1L >>> random.nextInt(64);
            case 4 -> (-1L << random.nextInt(64)) & (-1L >>> random.nextInt(64));
            default -> random.nextLong();
        };
    }

    /** A million units changed word by word, then every metric against the plain loop over bits. */
    @Test
    void aLargeRandomBitmapAgreesWithTheNaiveLoop() {
        Random random = new Random(77);
        long bits = (1 << 20) - 13;
        ChunkExtents chunk = chunk(bits);
        int words = (int) ((bits + 63) / 64);
        for (int change = 0; change < 3 * words; change++) {
            set(chunk, random.nextInt(words), randomWord(random));
        }
        NaiveExtents naive = NaiveExtents.of(chunk.words(), bits);
        assertEquals(naive.extents().size(), chunk.extents());
        ExtentStats snapshot = chunk.stats();
        for (int i = 0; i < snapshot.extents(); i++) {
            assertEquals(naive.extents().get(i), new NaiveExtents.Extent(snapshot.extentStart(i), snapshot.extentLength(i)));
        }
        assertEquals(naive.free(), chunk.free());
        assertEquals(naive.largest(), chunk.largest());
        assertArrayEquals(naive.histogram(), chunk.histogram());
        for (int i = 0; i < REQUESTS.length; i++) {
            assertEquals(naive.unusable(REQUESTS[i], false), chunk.unusable(i), 1e-12, "U(" + REQUESTS[i] + ")");
            assertEquals(naive.unusable(REQUESTS[i], true), chunk.unusableAligned(i), 1e-12, "Ua(" + REQUESTS[i] + ")");
            assertEquals(naive.fragmentationIndex(REQUESTS[i]), chunk.fragmentationIndex(i), 1e-12, "FI(" + REQUESTS[i] + ")");
        }
    }
}
