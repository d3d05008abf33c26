package dev.poolscope.analysis.capture;

import dev.poolscope.core.WordMasks;

import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot being read: its first line, then for each chunk a {@code chunk} line and the
 * {@code words} lines covering its bitmap exactly once, in word order.
 */
final class SnapshotBlock {

    /** A chunk line's values, before its words. */
    record ChunkHead(long start, long end, long phys, long avail, long bits) {

        int wordCount() {
            return (int) ((bits + 63) >>> 6);
        }
    }

    private final PoolSnapshot head;
    private final int chunkCount;
    private final List<SnapshotChunk> chunks = new ArrayList<>();
    private ChunkHead chunk;
    private long[] words;
    private int nextWord;

    SnapshotBlock(PoolSnapshot head, int chunkCount) {
        this.head = head;
        this.chunkCount = chunkCount;
    }

    /** Takes the next line of the block, which does not start with a digit. */
    void accept(String line) throws BadLine {
        if (line.startsWith("chunk ")) {
            if (chunk != null) {
                throw new BadLine("a chunk line where " + (chunk.wordCount() - nextWord) + " more word"
                        + (chunk.wordCount() - nextWord == 1 ? "" : "s") + " of the chunk above are due");
            }
            if (chunks.size() == chunkCount) {
                throw new BadLine("a chunk line past the snapshot's chunks=" + chunkCount);
            }
            start(RecordLine.chunk(line, head.order()));
        } else if (line.startsWith("words ")) {
            if (chunk == null) {
                throw new BadLine("a words line with no chunk line whose words are due");
            }
            long[] some = RecordLine.words(line, nextWord, chunk.wordCount());
            System.arraycopy(some, 0, words, nextWord, some.length);
            nextWord += some.length;
            finishChunkIfWhole();
        } else {
            throw new BadLine("expected a record (a line starting with its seq), a chunk or a words line, found "
                    + FieldCursor.quoted(line.split(" ", 2)[0]));
        }
    }

    /** True when every chunk and all its words have been read. */
    boolean isComplete() {
        return chunk == null && chunks.size() == chunkCount;
    }

    /** What is still due, for a message about a block cut short. */
    String missing() {
        return chunk != null ? (chunk.wordCount() - nextWord) + " bitmap words of chunk " + chunks.size() + " are missing"
                : (chunkCount - chunks.size()) + " of its " + chunkCount + " chunks are missing";
    }

    PoolSnapshot head() {
        return head;
    }

    /** The whole snapshot; only when {@link #isComplete()}. */
    PoolSnapshot build() {
        return new PoolSnapshot(head.seq(), head.line(), head.pool(), head.why(), head.order(), head.algo(), head.name(),
                chunks);
    }

    private void start(ChunkHead next) throws BadLine {
        if (next.bits() > (long) Integer.MAX_VALUE * 64) {
            throw new BadLine("bits " + next.bits() + " is more than a chunk's bitmap can hold");
        }
        chunk = next;
        words = new long[chunk.wordCount()];
        nextWord = 0;
        finishChunkIfWhole();
    }

    private void finishChunkIfWhole() throws BadLine {
        if (nextWord == words.length) {
            long past = words.length == 0 ? 0 : words[words.length - 1] & ~WordMasks.lastWordMask(chunk.bits());
            if (past != 0) {
                throw new BadLine(String.format("word %d sets bit %d, past the chunk's last bit %d", words.length - 1,
                        64L * (words.length - 1) + Long.numberOfTrailingZeros(past), chunk.bits() - 1));
            }
            chunks.add(new SnapshotChunk(chunk.start(), chunk.end(), chunk.phys(), chunk.avail(), chunk.bits(), words));
            chunk = null;
        }
    }
}
