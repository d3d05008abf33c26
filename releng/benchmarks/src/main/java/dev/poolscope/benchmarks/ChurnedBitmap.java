package dev.poolscope.benchmarks;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Bitmap;
import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.RunLength;
import dev.poolscope.trace.workload.ThreadWork;
import dev.poolscope.trace.workload.Workload;

import java.util.List;

/**
 * A bitmap as a pool in use leaves it: the standard workload's program (uniform 32..2048-byte
 * requests, one thread, first-fit, mainline) run from a seed on one chunk of the wanted size at order
 * 5, holding the wanted fill, until it has freed and reallocated about twice as many blocks as it
 * keeps live. What is left is runs of allocated blocks with the holes that frees left and that later
 * requests did not fit, packed towards the chunk's start as first-fit packs them; not independent
 * random bits.
 */
final class ChurnedBitmap {

    static final long CHUNK_START = 0x1000_0000L;
    static final int ORDER = 5;
    /** The standard workload's mean request, rounded to 32-byte units: 1040 bytes. */
    private static final long MEAN_BLOCK_BYTES = 1040;

    private ChurnedBitmap() {
    }

    /** A chunk of {@code bits} bits (at order 5) of its own pool, holding about {@code fill} of its bits. */
    static Chunk of(long bits, double fill, long seed) {
        Workload standard = Workload.standard();
        PoolSpec pool = new PoolSpec(ORDER, List.of(new ChunkSpec(CHUNK_START, bits << ORDER)), Algorithm.firstFit(),
                Variant.MAINLINE);
        Workload workload = new Workload(1, new RunLength.Ops(Long.MAX_VALUE), fill, standard.allocPercent(),
                standard.sizes(), pool, seed);
        GenPool genPool = pool.create(Probe.NONE);
        ThreadWork work = StandardWorkload.filled(workload, 0, genPool);
        long liveBlocks = Math.max(1, workload.targetBytesPerThread() / MEAN_BLOCK_BYTES);
        for (long op = 0; op < 4 * liveBlocks; op++) { // half of these ops free: about 2 x live blocks replaced
            work.performNext();
        }
        return genPool.chunks().get(0);
    }

    /** The share of the map's bits that are set. */
    static double filled(Bitmap map) {
        long set = 0;
        for (int i = 0; i < map.wordCount(); i++) {
            set += Long.bitCount(map.word(i));
        }
        return (double) set / map.bitCount();
    }
}
