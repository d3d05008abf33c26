package dev.poolscope.trace.record;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.Variant;
import dev.poolscope.testkit.Deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A test workload for one thread: a seeded random program of allocations (32 to 2048 bytes) and
 * frees of its own memory on a shared pool, holding a few blocks at a time so that threads collide.
 */
public final class RandomWork implements Runnable {

    private static final int MAX_LIVE = 4;

    private final GenPool pool;
    private final Random random;
    private final long ops;
    private final List<long[]> live = new ArrayList<>();
    private long allocCalls;
    private long freeCalls;

    /** @param ops alloc and free calls to make, then the thread frees what it still holds */
    public RandomWork(GenPool pool, long seed, long ops) {
        this.pool = pool;
        this.random = new Random(seed);
        this.ops = ops;
    }

    /** A pool small enough for four threads to race on its words: 64 KiB, 32-byte units. */
    public static GenPool smallPool(Probe probe) {
        GenPool pool = GenPool.create(5, Variant.MAINLINE, probe);
        pool.addChunk(0x10000000L, 0x80000000L, 64 << 10);
        return pool;
    }

    /** Runs one {@code RandomWork} of {@code ops} calls on each of {@code threads} threads and waits for all. */
    public static List<RandomWork> runThreads(GenPool pool, int threads, long ops, long seed) throws InterruptedException {
        List<RandomWork> works = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            RandomWork work = new RandomWork(pool, seed * 31 + i, ops);
            works.add(work);
            running.add(new Thread(work, "random-work-" + i));
        }
        running.forEach(Thread::start);
        for (Thread thread : running) {
            Deadlines.join(thread); // orders every event of the thread before the caller's close()
        }
        return works;
    }

    @Override
    public void run() {
        for (long op = 0; op < ops; op++) {
            step();
        }
        while (!live.isEmpty()) {
            free(live.size() - 1);
        }
    }

    /** One alloc or free call. */
    public void step() {
        if (live.isEmpty() || (live.size() < MAX_LIVE && random.nextBoolean())) {
            long size = 32 + random.nextInt(2048 - 32 + 1);
            allocCalls++;
            long address = pool.alloc(size);
            if (address != 0) {
                live.add(new long[] {address, size});
            }
        } else {
            free(random.nextInt(live.size()));
        }
    }

    private void free(int index) {
        long[] block = live.remove(index);
        freeCalls++;
        pool.free(block[0], block[1]);
    }

    public long allocCalls() {
        return allocCalls;
    }

    public long freeCalls() {
        return freeCalls;
    }
}
