package dev.poolscope.model.fragmentation;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.model.PoolState;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.TraceHeader;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Every chunk's bitmap at one moment (bit i is bit i%64 of word i/64, set = allocated) with its bit
 * count, in list order: a recorded pool at an event or a live pool now, so that one computation of
 * the free extents serves both modes.
 */
public final class PoolBits {

    private final List<long[]> words;
    private final long[] bitCounts;

    private PoolBits(List<long[]> words, long[] bitCounts) {
        this.words = words;
        this.bitCounts = bitCounts;
    }

    /** The recorded pool of {@code header} in {@code state}. */
    public static PoolBits of(TraceHeader header, PoolState state) {
        List<ChunkGeometry> chunks = header.chunks();
        long[] bits = new long[chunks.size()];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = chunks.get(i).size() >> header.minAllocOrder();
        }
        return new PoolBits(IntStream.range(0, bits.length).mapToObj(state::words).toList(), bits);
    }

    /** The live pool's bitmaps now, each chunk's words read one by one (a running pool changes as they are read). */
    public static PoolBits of(GenPool pool) {
        List<Chunk> chunks = pool.chunks();
        long[] bits = new long[chunks.size()];
        long[][] words = new long[chunks.size()][];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = chunks.get(i).bitCount();
            words[i] = new long[chunks.get(i).bitmap().wordCount()];
            chunks.get(i).bitmap().copyWords(words[i]);
        }
        return new PoolBits(List.of(words), bits);
    }

    public int chunkCount() {
        return bitCounts.length;
    }

    /** The bitmap of the chunk at {@code chunk} in list order. */
    public long[] words(int chunk) {
        return words.get(chunk);
    }

    /** How many bits of {@link #words} belong to the chunk; the last word's bits past it are outside. */
    public long bitCount(int chunk) {
        return bitCounts[chunk];
    }
}
