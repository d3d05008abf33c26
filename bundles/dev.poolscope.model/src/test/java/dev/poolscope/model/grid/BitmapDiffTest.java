package dev.poolscope.model.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Two bitmaps compared: each run's bits by who holds them, across word edges, and in the hover's words. */
class BitmapDiffTest {

    private final BitmapDiff diff = new BitmapDiff(new long[][] {{0b1100L, 0xffL}, {-1L}},
            new long[][] {{0b1010L, 0x0fL}, {-1L}});

    @Test
    void eachBitIsCountedByWhoHoldsIt() {
        assertEquals(new BitmapDiff.Counts(1, 1, 1), diff.counts(0, 0, 4));
        assertEquals(new BitmapDiff.Counts(0, 0, 0), diff.counts(0, 0, 1));
        assertEquals(new BitmapDiff.Counts(4, 0, 4), diff.counts(0, 64, 72));
        assertFalse(diff.counts(1, 0, 64).differs());
        assertEquals(64, diff.counts(1, 0, 64).both());
    }

    @Test
    void aRunAcrossAWordEdgeCountsBothWords() {
        assertEquals(new BitmapDiff.Counts(1 + 4, 1, 1 + 4), diff.counts(0, 1, 72));
        assertEquals(1 + 1 + 4, diff.differing(0, 128));
        assertEquals(0, diff.differing(1, 64));
        assertEquals(6, diff.differing());
    }

    @Test
    void theHoverSaysWhichTraceHoldsTheBits() {
        assertEquals("set in b.pstrace only", BitmapDiff.describe(diff.counts(0, 2, 3), 1, "b.pstrace", "p.pstrace"));
        assertEquals("set in p.pstrace only", BitmapDiff.describe(diff.counts(0, 1, 2), 1, "b.pstrace", "p.pstrace"));
        assertEquals("set in both", BitmapDiff.describe(diff.counts(0, 3, 4), 1, "b.pstrace", "p.pstrace"));
        assertEquals("free in both", BitmapDiff.describe(diff.counts(0, 0, 1), 1, "b.pstrace", "p.pstrace"));
        assertEquals("1 set only in b.pstrace, 1 only in p.pstrace, 1 in both",
                BitmapDiff.describe(diff.counts(0, 0, 4), 4, "b.pstrace", "p.pstrace"));
        assertEquals("no difference: 64 of 64 set in both", BitmapDiff.describe(diff.counts(1, 0, 64), 64, "b", "p"));
    }

    @Test
    void bitmapsOfOtherPoolsDoNotCompare() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BitmapDiff(new long[][] {{0}}, new long[][] {{0, 0}}));
        assertTrue(e.getMessage().contains("chunk 0 has 1 and 2 words"), e.getMessage());
    }
}
