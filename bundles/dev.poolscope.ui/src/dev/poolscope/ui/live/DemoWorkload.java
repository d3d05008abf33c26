package dev.poolscope.ui.live;

import dev.poolscope.analysis.failure.LiveFailures;
import dev.poolscope.analysis.failure.RaceWitness;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * The built-in demo: a mainline pool of four chunks (the last with a million bits) and a few
 * threads that allocate and free at random around a target fill, paced so that a person can
 * follow the grid. Each thread frees only what it allocated, with the size it asked for. The demo
 * can be paused: each thread then waits between two operations, so no bits are left half-set.
 */
public final class DemoWorkload implements AutoCloseable {

    /** Operations per second per thread: fast enough to race, slow enough to watch. */
    static final int OPS_PER_SECOND = 250;

    private final GenPool pool;
    /** Every failed allocation of the workers, with its reason. */
    private final LiveFailures failures;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;
    /** Guards the three fields below; workers wait on it while paused. */
    private final Object gate = new Object();
    private boolean paused;
    /** Workers waiting at the gate. */
    private int waiting;
    /** Workers still in their loop. */
    private int working;

    private DemoWorkload(GenPool pool, RaceWitness witness) {
        this.pool = pool;
        this.failures = new LiveFailures(pool, witness);
    }

    /** Builds the demo pool and starts {@code threadCount} worker threads. */
    public static DemoWorkload start(int threadCount) {
        RaceWitness witness = new RaceWitness(); // the pool's probe: it sees a worker's allocation lose a race
        GenPool pool = GenPool.create(5, Variant.MAINLINE, witness);
        // added largest first: searches visit the newest chunk first, so the small ones fill up first
        pool.addChunk(0x4000_0000L, 0xa000_0000L, 32L * 1024 * 1024); // 1 Mi bits
        pool.addChunk(0x2000_0000L, 0x9000_0000L, 1024 * 1024);      // 32 Ki bits
        pool.addChunk(0x1001_0000L, 0x8001_0000L, 64 * 1024 + 24);   // tail bytes past the last unit
        pool.addChunk(0x1000_0000L, 0x8000_0000L, 16 * 1024);        // 512 bits: one bit per cell
        DemoWorkload demo = new DemoWorkload(pool, witness);
        demo.working = threadCount;
        for (int t = 0; t < threadCount; t++) {
            Thread thread = new Thread(demo.worker(t, 0x5eed + t, threadCount), "poolscope-demo-" + t);
            thread.setDaemon(true);
            demo.threads.add(thread);
            thread.start();
        }
        return demo;
    }

    public GenPool pool() {
        return pool;
    }

    public int threadCount() {
        return threads.size();
    }

    /** The workers' failed allocations so far, each with its reason. */
    public LiveFailures failures() {
        return failures;
    }

    /** Each thread keeps its own live list and aims at 60% of the pool divided among the threads. */
    private Runnable worker(int index, long seed, int threadCount) {
        return () -> {
            SplittableRandom random = new SplittableRandom(seed);
            List<long[]> live = new ArrayList<>();
            long target = pool.size() * 6 / 10 / threadCount;
            long held = 0;
            long pause = 1_000_000_000L / OPS_PER_SECOND;
            try {
                while (awaitResume()) {
                    if (live.isEmpty() || (held < target && random.nextInt(100) < 70)) {
                        long size = randomSize(random);
                        long address = pool.alloc(size);
                        if (address != 0) {
                            live.add(new long[] {address, size});
                            held += size;
                        } else {
                            failures.failed(index, size);
                        }
                    } else {
                        long[] victim = live.remove(random.nextInt(live.size()));
                        pool.free(victim[0], victim[1]);
                        held -= victim[1];
                    }
                    LockSupport.parkNanos(pause);
                }
            } finally {
                leave(); // even if an operation threw: a pause must not wait for this worker
            }
            live.forEach(a -> pool.free(a[0], a[1]));
        };
    }

    /**
     * Pauses the workers and returns once each waits between two operations: from then on the
     * pool does not change until {@link #resume()}.
     */
    public void pause() throws InterruptedException {
        synchronized (gate) {
            paused = true;
            while (waiting < working) {
                gate.wait();
            }
        }
    }

    /** Lets the paused workers go on. */
    public void resume() {
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
    }

    public boolean isPaused() {
        synchronized (gate) {
            return paused;
        }
    }

    /** A worker's safe point: waits while paused; false once the demo closes (or the worker is interrupted). */
    private boolean awaitResume() {
        boolean goOn;
        synchronized (gate) {
            waiting++;
            gate.notifyAll(); // a pause waiting for every worker to reach the gate looks again
            try {
                while (paused && running) {
                    gate.wait();
                }
                goOn = running;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                goOn = false;
            } finally {
                waiting--;
            }
        }
        return goOn;
    }

    /** A worker leaves its loop: a pause no longer waits for it. */
    private void leave() {
        synchronized (gate) {
            working--;
            gate.notifyAll();
        }
    }

    /** Mostly small blocks, sometimes large ones, so that the grid fragments visibly. */
    private static long randomSize(SplittableRandom random) {
        int kind = random.nextInt(100);
        return kind < 70 ? random.nextLong(32, 2048) : kind < 95 ? random.nextLong(2048, 65536)
                : random.nextLong(65536, 1024 * 1024);
    }

    /** Stops the threads and waits for them; they free what they hold on the way out. */
    @Override
    public void close() throws InterruptedException {
        synchronized (gate) {
            running = false;
            gate.notifyAll(); // paused workers wake up and leave
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
