package dev.poolscope.core.concurrent;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;

/**
 * One stress thread: a seeded random program of allocations and frees of its own memory, in
 * phases separated by a barrier. Every address it gets is claimed in the shadow and checked for
 * its algorithm's placement; every free releases the shadow first, then the pool.
 */
final class StressWorker {

    /** Holding a few allocations at a time keeps the pool nearly full with eight threads, so they collide. */
    private static final int MAX_LIVE = 3;

    private final int owner;
    private final Random random;
    private final GenPool pool;
    private final List<Chunk> chunks;
    private final ShadowOwners shadow;
    private final AlgorithmCase algorithms;
    private final List<Held> live = new ArrayList<>();

    /** An allocation this thread holds. */
    private record Held(long address, long size) {
    }

    StressWorker(int owner, long seed, GenPool pool, ShadowOwners shadow, AlgorithmCase algorithms) {
        this.owner = owner;
        this.random = new Random(seed);
        this.pool = pool;
        this.chunks = pool.chunks();
        this.shadow = shadow;
        this.algorithms = algorithms;
    }

    /** Runs {@code phases} phases of {@code opsPerPhase} random steps, meeting the others after each; then frees all it holds. */
    void run(int phases, int opsPerPhase, PhaseBarrier barrier) throws InterruptedException, BrokenBarrierException {
        for (int phase = 0; phase < phases; phase++) {
            for (int op = 0; op < opsPerPhase; op++) {
                step();
            }
            barrier.await();
        }
        while (!live.isEmpty()) {
            free(live.size() - 1);
        }
    }

    private void step() {
        boolean alloc = live.isEmpty() || (live.size() < MAX_LIVE && random.nextBoolean());
        if (alloc) {
            alloc(nextSize());
        } else {
            free(random.nextInt(live.size()));
        }
    }

    /**
     * Mostly 1 to 120 bytes, within a word or across one boundary; a third 400 to 1100 bytes, 50 to
     * 138 units: two or three words, where partial sets and rollbacks happen. Few sizes are whole
     * units, so the rounding up is exercised too.
     */
    private long nextSize() {
        return random.nextInt(3) == 0 ? 400 + random.nextInt(701) : 1 + random.nextInt(120);
    }

    private void alloc(long size) {
        AlgorithmCase.Request request = algorithms.next(random);
        long address = pool.alloc(size, request.algorithm());
        if (address != 0) {
            Chunk chunk = chunkOf(address);
            if (!algorithms.placementHolds(request, chunk.start(), chunk.order(), address, GenPool.bitsFor(size, pool.minAllocOrder()))) {
                throw new AssertionError(String.format("thread %d: %s put %d bytes at 0x%x in %s",
                        owner, request.algorithm().describe(), size, address, chunk));
            }
            shadow.claim(address, size, owner);
            live.add(new Held(address, size));
        }
    }

    private void free(int index) {
        Held held = live.remove(index);
        shadow.release(held.address(), held.size(), owner);
        pool.free(held.address(), held.size());
    }

    private Chunk chunkOf(long address) {
        return chunks.stream().filter(c -> c.contains(address)).findFirst()
                .orElseThrow(() -> new AssertionError(String.format("thread %d got 0x%x, in no chunk", owner, address)));
    }
}
