package dev.poolscope.trace.sched;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The turn passing between the scheduler and its logical threads. The scheduler gives a thread
 * its turn through the thread's own semaphore; the thread hands it back here when it parks at a
 * probe point or ends. Exactly one side runs at a time, and a semaphore release happens-before the
 * acquire it enables, so whatever one side wrote before handing over the other sees after taking it.
 */
final class Handoff {

    private final Semaphore reports = new Semaphore(0);
    /** Volatile: set by the scheduler, read by every logical thread whenever it would wait. */
    private volatile boolean aborted;

    /** A logical thread has paused or ended: the scheduler may look at it and take the next step. */
    void handBack() {
        reports.release();
    }

    /** The scheduler waits for the running thread to hand back; false after {@code timeout}. */
    boolean awaitHandBack(Duration timeout) throws InterruptedException {
        return reports.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    void abort() {
        aborted = true;
    }

    boolean aborted() {
        return aborted;
    }
}
