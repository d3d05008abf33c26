package dev.poolscope.core;

import java.util.ArrayList;
import java.util.List;

/** Every chunk's bitmap words and avail, to show that a refused call changed nothing. */
record PoolState(List<List<Long>> words, List<Long> avail) {

    static PoolState of(GenPool pool) {
        List<List<Long>> words = new ArrayList<>();
        List<Long> avail = new ArrayList<>();
        for (Chunk chunk : pool.chunks()) {
            long[] copy = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(copy);
            words.add(java.util.Arrays.stream(copy).boxed().toList());
            avail.add(chunk.avail());
        }
        return new PoolState(words, avail);
    }
}
