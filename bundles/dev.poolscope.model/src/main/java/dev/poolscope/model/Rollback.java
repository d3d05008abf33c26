package dev.poolscope.model;

import dev.poolscope.core.WordMasks;

/**
 * A multi-word set that lost on a word and cleared the bits it had set before it.
 *
 * @param seq      the ROLLBACK event
 * @param thread   the allocating thread
 * @param chunk    the chunk
 * @param startBit the first bit undone
 * @param nbits    bits undone; 0 when the set lost on its first word
 */
public record Rollback(long seq, int thread, int chunk, long startBit, long nbits) {

    /** The first word of the bits undone. */
    public int firstWord() {
        return (int) (startBit >>> 6);
    }

    /** Words the undone bits span: 0 when no bit was undone. */
    public int wordCount() {
        return nbits == 0 ? 0 : (int) (((startBit + nbits - 1) >>> 6) - firstWord() + 1);
    }

    /** The word the set lost on: the set changes whole words in order, so it is the one after the bits undone. */
    public int lostWord() {
        return (int) ((startBit + nbits) >>> 6);
    }

    /** The bits of word {@code word} that the rollback clears (0 outside the span). */
    public long bitsIn(int word) {
        return WordMasks.ofWord(word, startBit, startBit + nbits);
    }
}
