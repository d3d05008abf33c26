package dev.poolscope.analysis.failure;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.Probe;

/**
 * Sees, for each thread of a live pool, whether its allocation in progress has lost a race: a search
 * found free units and another thread's set took some of them before this one's landed, so the
 * allocator rolled back and searched again. That is a lost race as the one rule means it, seen as it
 * happens, where a trace must rebuild the state the search began on. Install it as (part of) the
 * pool's probe; ask on the thread that made the allocation, after it returned.
 */
public final class RaceWitness implements Probe {

    /** Per thread: whether its latest allocation retried. Each thread reads and writes only its own. */
    private final ThreadLocal<boolean[]> retried = ThreadLocal.withInitial(() -> new boolean[1]);

    @Override
    public void allocBegin(long size, long nbits) {
        retried.get()[0] = false;
    }

    /** Called only after a rollback: the set this thread's search allowed was beaten by another's. */
    @Override
    public void retry(Chunk chunk, long fromBit) {
        retried.get()[0] = true;
    }

    /** Whether the calling thread's latest allocation lost a set to another thread and searched again. */
    public boolean lostRaceInLatestAlloc() {
        return retried.get()[0];
    }
}
