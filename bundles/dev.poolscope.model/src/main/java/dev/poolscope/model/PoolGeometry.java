package dev.poolscope.model;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.StartState;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.UnitRuns;

import java.io.IOException;
import java.util.List;

/**
 * The recorded pool's shape as the replay needs it: per chunk, its start, its size and its bitmap's
 * extent; and the units set at the start, with the number of labels LABEL events may name.
 */
final class PoolGeometry {

    private final int order;
    private final long[] start;
    private final long[] size;
    private final long[] bitCount;
    private final int[] wordCount;
    private final StartState startState;
    private final int labelCount;

    private PoolGeometry(int order, long[] start, long[] size, long[] bitCount, int[] wordCount, StartState startState,
            int labelCount) {
        this.order = order;
        this.startState = startState;
        this.labelCount = labelCount;
        this.start = start;
        this.size = size;
        this.bitCount = bitCount;
        this.wordCount = wordCount;
    }

    /**
     * The geometry of {@code header}'s pool, which its constructor has held to
     * {@link dev.poolscope.core.PoolLimits#TRACED}: every count below fits the arrays the model sizes by it.
     *
     * @throws IOException when the header lists chunks out of id order
     */
    static PoolGeometry of(TraceHeader header) throws IOException {
        List<ChunkGeometry> chunks = header.chunks();
        int order = header.minAllocOrder();
        long[] start = new long[chunks.size()];
        long[] size = new long[chunks.size()];
        long[] bitCount = new long[chunks.size()];
        int[] wordCount = new int[chunks.size()];
        for (int i = 0; i < chunks.size(); i++) {
            ChunkGeometry chunk = chunks.get(i);
            if (chunk.id() != i) {
                throw new IOException("the trace header lists chunk " + chunk.id() + " at position " + i
                        + "; chunks must be listed by id from 0");
            }
            long bits = chunk.size() >>> order;
            start[i] = chunk.start();
            size[i] = chunk.size();
            bitCount[i] = bits;
            wordCount[i] = (int) ((bits + Long.SIZE - 1) >>> 6);
        }
        return new PoolGeometry(order, start, size, bitCount, wordCount, header.start(), header.labels().size());
    }

    /** The pool's minimum allocation order: a bit is {@code 2^order} bytes. */
    int order() {
        return order;
    }

    int chunkCount() {
        return start.length;
    }

    long size(int chunk) {
        return size[chunk];
    }

    long bitCount(int chunk) {
        return bitCount[chunk];
    }

    int wordCount(int chunk) {
        return wordCount[chunk];
    }

    /** The bitmap of {@code chunk} before the first event: clear, but for its start-state runs. */
    long[] startWords(int chunk) {
        return startState.words(chunk, wordCount[chunk]);
    }

    /** The avail of {@code chunk} before the first event: its size less its start-state units. */
    long startAvail(int chunk) {
        return size[chunk] - (startState.chunk(chunk).units() << order);
    }

    /** The start-state runs of {@code chunk}. */
    UnitRuns startRuns(int chunk) {
        return startState.chunk(chunk);
    }

    /** Labels in the header's table. */
    int labelCount() {
        return labelCount;
    }

    /** Bitmap words over all chunks. */
    long totalWords() {
        long words = 0;
        for (int count : wordCount) {
            words += count;
        }
        return words;
    }

    /** The chunk (by position) whose bytes hold {@code address}, or -1 when none does. */
    int chunkOf(long address) {
        for (int chunk = 0; chunk < start.length; chunk++) {
            if (Long.compareUnsigned(address - start[chunk], size[chunk]) < 0) {
                return chunk;
            }
        }
        return -1;
    }

    /** The address of bit {@code bit} of {@code chunk}. */
    long addressOf(int chunk, long bit) {
        return start[chunk] + (bit << order);
    }
}
