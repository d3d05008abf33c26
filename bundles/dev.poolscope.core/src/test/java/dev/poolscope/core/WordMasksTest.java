package dev.poolscope.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The word masks on their edges: the first and last bit of a word, whole words, empty and crossing ranges. */
class WordMasksTest {

    @Test
    void firstWordMaskRunsFromTheStartToTheWordsEnd() {
        assertEquals(-1L, WordMasks.firstWordMask(0));
        assertEquals(0xffff_ffff_ffff_fffeL, WordMasks.firstWordMask(1));
        assertEquals(Long.MIN_VALUE, WordMasks.firstWordMask(63), "bit 63 alone");
        assertEquals(-1L, WordMasks.firstWordMask(64), "bit 64 starts the next word");
        assertEquals(0xffff_ffff_ffff_fff0L, WordMasks.firstWordMask(64 + 4));
    }

    @Test
    void lastWordMaskRunsFromTheWordsStartToTheEnd() {
        assertEquals(1L, WordMasks.lastWordMask(1));
        assertEquals(Long.MAX_VALUE, WordMasks.lastWordMask(63));
        assertEquals(-1L, WordMasks.lastWordMask(64), "an end on a word boundary: the whole word");
        assertEquals(1L, WordMasks.lastWordMask(65));
        assertEquals(-1L, WordMasks.lastWordMask(128));
    }

    @Test
    void withinOneWord() {
        assertEquals(0, WordMasks.within(5, 5), "empty");
        assertEquals(0, WordMasks.within(9, 5), "backwards is empty");
        assertEquals(1L, WordMasks.within(0, 1), "bit 0");
        assertEquals(Long.MIN_VALUE, WordMasks.within(63, 64), "bit 63");
        assertEquals(1L, WordMasks.within(64, 65), "bit 64: bit 0 of word 1");
        assertEquals(-1L, WordMasks.within(0, 64), "a full word");
        assertEquals(-1L, WordMasks.within(128, 192), "a full later word");
        assertEquals(0xf0L, WordMasks.within(4, 8));
        assertEquals(0xf000_0000_0000_0000L, WordMasks.within(60, 64));
    }

    @Test
    void ofWordCutsARangeCrossingWordBoundaries() {
        long from = 60;
        long to = 130; // bits 60..129: the top of word 0, all of word 1, two bits of word 2
        assertEquals(0xf000_0000_0000_0000L, WordMasks.ofWord(0, from, to));
        assertEquals(-1L, WordMasks.ofWord(1, from, to));
        assertEquals(0b11L, WordMasks.ofWord(2, from, to));
        assertEquals(0, WordMasks.ofWord(3, from, to), "after the range");
        assertEquals(0, WordMasks.ofWord(0, 64, 128), "before the range");
        assertEquals(0, WordMasks.ofWord(1, 70, 70), "empty");
        assertEquals(-1L, WordMasks.ofWord(1, 0, 1L << 40), "a word inside a long range");
    }

    @Test
    void agreesWithBitByBitOnEveryRangeOfThreeWords() {
        for (long from = 0; from <= 192; from++) {
            for (long to = from; to <= 192; to++) {
                for (int word = 0; word < 3; word++) {
                    long expected = 0;
                    for (long bit = from; bit < to; bit++) {
                        if (bit >>> 6 == word) {
                            expected |= 1L << (bit & 63);
                        }
                    }
                    assertEquals(expected, WordMasks.ofWord(word, from, to), "word " + word + " of [" + from + ", " + to + ")");
                }
            }
        }
    }
}
