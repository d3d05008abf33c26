package dev.poolscope.trace.workload;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.EventProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a workload on real threads, one per logical thread, all started together on a fresh pool,
 * free to interleave as the machine schedules them.
 */
public final class WorkloadRunner {

    private final Workload workload;
    private final EventProbe recorder;
    private final StopRequest stopRequest;
    private final RunProbe runProbe;
    private final GenPool pool;
    private final CountDownLatch start = new CountDownLatch(1);
    /** Set when a thread fails or the run is interrupted; volatile, so every thread sees it at its next operation. */
    private final AtomicBoolean stop = new AtomicBoolean();

    private WorkloadRunner(Workload workload, EventProbe recorder, StopRequest stopRequest) {
        this.workload = workload;
        this.recorder = recorder;
        this.stopRequest = stopRequest;
        this.runProbe = recorder == null ? null : new RunProbe(recorder);
        this.pool = workload.pool().create(runProbe == null ? Probe.NONE : runProbe);
    }

    /** Runs {@code workload} with no probe installed: the run performance comparisons measure. */
    public static WorkloadRun run(Workload workload) throws InterruptedException {
        return new WorkloadRunner(workload, null, new StopRequest()).run();
    }

    /**
     * Runs {@code workload} with every probe call of its threads going to {@code recorder}, thread
     * {@code i} recorded as logical thread {@code i}. Interrupting the calling thread cancels the
     * run: every worker stops at its next operation, and the InterruptedException is thrown only
     * once they all have ended, so the recorder may be closed right after.
     *
     * @throws IllegalStateException when a thread failed (the allocator threw); names the thread
     */
    public static WorkloadRun run(Workload workload, EventProbe recorder) throws InterruptedException {
        return run(workload, recorder, new StopRequest());
    }

    /**
     * As {@link #run(Workload, EventProbe)}; when {@code stop} is requested, every thread ends after
     * the operation it is in, and the run returns as if the programs had ended there.
     */
    public static WorkloadRun run(Workload workload, EventProbe recorder, StopRequest stop)
            throws InterruptedException {
        return new WorkloadRunner(workload, recorder, stop).run();
    }

    private WorkloadRun run() throws InterruptedException {
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workload.threads(); i++) {
            Worker worker = new Worker(i);
            workers.add(worker);
            threads.add(new Thread(worker, "poolscope-T" + i));
        }
        threads.forEach(Thread::start);
        long begin = System.nanoTime();
        start.countDown();
        try {
            for (Thread thread : threads) {
                thread.join(); // join is the happens-before edge that makes each worker's fields readable here
            }
        } catch (InterruptedException e) {
            // cancelled: every worker stops at its next operation; wait for that, so that nothing
            // records into the caller's recorder once this returns
            stop.set(true);
            threads.forEach(WorkloadRunner::joinUninterruptibly);
            throw e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        List<ThreadStats> stats = new ArrayList<>();
        for (Worker worker : workers) {
            if (worker.failure != null) {
                throw new IllegalStateException("thread T" + worker.index + " failed: " + worker.failure, worker.failure);
            }
            stats.add(worker.work.stats());
        }
        return new WorkloadRun(pool, stats, elapsed);
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean joined = false;
        while (!joined) {
            try {
                thread.join();
                joined = true;
            } catch (InterruptedException again) {
                // the run is being cancelled already; keep waiting for the worker to stop
            }
        }
    }

    /** One real thread: its program, its counts, and what stopped it if it failed. */
    private final class Worker implements Runnable {

        private final int index;
        private final ThreadWork work;
        private Throwable failure;

        Worker(int index) {
            this.index = index;
            this.work = new ThreadWork(stopRequest.untilRequested(workload.program(index)), pool);
        }

        @Override
        public void run() {
            if (recorder != null) {
                recorder.threadIds().bindCurrentThread(index);
                runProbe.admitCurrentThread(Probe.NONE);
            }
            try {
                start.await(); // every thread begins at once, so the threads really contend
                boolean timed = workload.length() instanceof RunLength.Timed;
                long deadline = timed ? System.nanoTime() + ((RunLength.Timed) workload.length()).duration().toNanos() : 0;
                boolean more = true;
                while (more && !stop.get() && (!timed || System.nanoTime() - deadline < 0)) {
                    more = work.performNext() != null;
                }
            } catch (Throwable e) { // the allocator threw (a bug) or the thread was interrupted: end the run
                failure = e;
                stop.set(true);
            }
        }
    }
}
