package dev.poolscope.core.concurrent;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;

/**
 * The pool the stress tests share between threads: 8-byte units and four chunks of differing
 * sizes, two of them adjacent, two with a tail of bytes past their last whole unit, so requests of
 * a few hundred bytes span two or three bitmap words and the pool fills up under eight threads.
 */
final class StressPool {

    static final int ORDER = 3;

    private StressPool() {
    }

    static GenPool create(Variant variant, Probe probe) {
        GenPool pool = GenPool.create(ORDER, variant, probe);
        pool.addChunk(0x10000, 0x80000, 1536, "three words");
        pool.addChunk(0x10600, 0x80600, 1003, "adjacent, two words and a 3-byte tail");
        pool.addChunk(0x20000, 0x90000, 700, "two words and a 4-byte tail");
        pool.addChunk(0x30000, 0xa0000, 256, "half a word");
        return pool;
    }
}
