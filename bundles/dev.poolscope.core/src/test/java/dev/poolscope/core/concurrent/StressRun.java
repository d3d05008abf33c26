package dev.poolscope.core.concurrent;

import dev.poolscope.core.GenPool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One stress run: {@code threads} workers share a pool, the pool is checked quiet at every phase
 * barrier, and at the end, when every worker has freed all it held, the pool must be empty again:
 * no bit set anywhere, avail equal to size. Failures name the run and its seeds.
 */
final class StressRun {

    private static final long JOIN_TIMEOUT_MILLIS = 30_000;

    private final String label;
    private final GenPool pool;
    private final AlgorithmCase algorithms;
    private final long[] seeds;
    private final ShadowOwners shadow;
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    private final AtomicInteger phasesChecked = new AtomicInteger();

    /**
     * @param label names the pool and workload in failure messages
     * @param pool  a fresh pool; its chunks must not change during the run
     * @param threads how many workers; worker {@code i} (from 1) runs with seed {@code seedBase + i}
     */
    StressRun(String label, GenPool pool, AlgorithmCase algorithms, int threads, long seedBase) {
        this.label = label;
        this.pool = pool;
        this.algorithms = algorithms;
        this.seeds = new long[threads];
        for (int i = 0; i < threads; i++) {
            seeds[i] = seedBase + i + 1;
        }
        this.shadow = new ShadowOwners(ChunkSnapshot.of(pool));
    }

    /**
     * Runs the workers to the end and checks the empty pool.
     *
     * @throws AssertionError on any broken invariant, with the run's seeds
     */
    void run(int phases, int opsPerPhase) throws InterruptedException {
        PhaseBarrier barrier = new PhaseBarrier(seeds.length, () -> checkQuiet("after phase " + phasesChecked.incrementAndGet()));
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < seeds.length; i++) {
            StressWorker worker = new StressWorker(i + 1, seeds[i], pool, shadow, algorithms);
            Thread thread = new Thread(() -> runWorker(worker, phases, opsPerPhase, barrier), "stress-" + (i + 1));
            workers.add(thread);
            thread.start();
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(JOIN_TIMEOUT_MILLIS);
        for (Thread worker : workers) {
            worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (worker.isAlive()) {
                failures.add(new AssertionError(worker.getName() + " did not finish within " + JOIN_TIMEOUT_MILLIS + " ms"));
                barrier.breakForOthers();
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(describe() + ": " + rootFailure().getMessage(), rootFailure());
        }
        checkQuiet("after every thread freed all it held");
        if (pool.avail() != pool.size()) {
            throw new AssertionError(describe() + ": the empty pool has avail " + pool.avail() + " of " + pool.size());
        }
        pool.destroy(); // refuses while any bit is still set
    }

    /** Names the run for failure messages: what to rerun, with which seeds. */
    String describe() {
        return String.format("%s, %d threads, seeds %s", label, seeds.length, Arrays.toString(seeds));
    }

    private void runWorker(StressWorker worker, int phases, int opsPerPhase, PhaseBarrier barrier) {
        try {
            worker.run(phases, opsPerPhase, barrier);
        } catch (BrokenBarrierException e) {
            failures.add(e); // the thread that broke the barrier has recorded why
        } catch (Throwable e) { // any failure of a worker must reach the test thread
            failures.add(e);
            barrier.breakForOthers();
        }
    }

    private void checkQuiet(String when) {
        QuietPool.check(ChunkSnapshot.of(pool), shadow, pool.avail(), describe() + ", " + when);
    }

    /** The first failure that is not merely another thread's broken barrier. */
    private Throwable rootFailure() {
        return failures.stream().filter(f -> !(f instanceof BrokenBarrierException)).findFirst()
                .orElse(failures.peek());
    }
}
