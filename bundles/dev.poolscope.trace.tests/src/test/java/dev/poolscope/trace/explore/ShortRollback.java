package dev.poolscope.trace.explore;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.function.Function;

/**
 * A deliberately broken pool, for tests only: each rollback that clears bits leaves its first
 * bit set, as a rollback that clears one bit too few would. It sets the bit back at the RETRY
 * that follows the clear, through {@link GenPool#restore}, which only one thread at a time may
 * call: under the controlled scheduler only one thread runs.
 */
final class ShortRollback implements Probe {

    private GenPool pool;
    private final ThreadLocal<long[]> lastRollback = new ThreadLocal<>();

    private ShortRollback() {
    }

    /** Makes pools like {@code spec}'s, broken this way, reporting to the probe given as well. */
    static Function<Probe, GenPool> pools(PoolSpec spec) {
        return probe -> {
            ShortRollback saboteur = new ShortRollback();
            saboteur.pool = spec.create(Probe.both(probe, saboteur));
            return saboteur.pool;
        };
    }

    @Override
    public void rollback(Chunk chunk, long startBit, long nbits) {
        lastRollback.set(new long[] {startBit, nbits});
    }

    @Override
    public void retry(Chunk chunk, long fromBit) {
        long[] rolledBack = lastRollback.get();
        if (rolledBack != null && rolledBack[1] > 0) {
            long[] words = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(words);
            words[(int) (rolledBack[0] >>> 6)] |= 1L << rolledBack[0];
            pool.restore(chunk, words);
        }
        lastRollback.remove();
    }
}
