package dev.poolscope.trace.sched;

import dev.poolscope.core.GenPool;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.workload.OpResult;
import dev.poolscope.trace.workload.RunProbe;
import dev.poolscope.trace.workload.ThreadProgram;
import dev.poolscope.trace.workload.ThreadStats;
import dev.poolscope.trace.workload.ThreadWork;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One logical thread of a scheduled run: a real thread that runs its program on the pool but
 * parks at every probe point, after the event is recorded, until the scheduler gives it the next
 * step. Before its first step it parks without running anything.
 */
final class LogicalThread {

    /** Thrown in a parked thread when the run is aborted: it unwinds out of the allocator and ends. */
    static final class Aborted extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Aborted() {
            super("the scheduled run was aborted", null, false, false);
        }
    }

    /** How long a parked thread waits before it looks again whether the run was aborted (an abort also wakes it). */
    private static final long ABORT_POLL_MILLIS = 200;

    private final int index;
    private final Thread thread;
    private final Semaphore turn = new Semaphore(0);
    private final Handoff handoff;
    private final StepClock clock;
    private final EventProbe recorder;
    private final RunProbe runProbe;
    private final ThreadWork work;
    // The results and the three fields below are written by this thread before it hands back,
    // and read by the scheduler only after it has taken the hand-back (see Handoff).
    private final List<OpResult> results = new ArrayList<>();
    private Event pausedAt;
    private boolean finished;
    private Throwable failure;

    LogicalThread(int index, ThreadProgram program, GenPool pool, EventProbe recorder, RunProbe runProbe,
            StepClock clock, Handoff handoff) {
        this.index = index;
        this.work = new ThreadWork(program, pool);
        this.recorder = recorder;
        this.runProbe = runProbe;
        this.clock = clock;
        this.handoff = handoff;
        this.thread = new Thread(this::body, "poolscope-scheduled-T" + index);
        // a daemon: a thread stuck outside any probe point after a timed-out step must not keep the JVM alive
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Gives this thread the next step; after an abort, wakes it so it throws {@link Aborted} and ends. */
    void giveTurn() {
        turn.release();
    }

    /** Waits up to {@code millis} for the thread to end; true when it has. */
    boolean join(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    /** Waits up to {@code millis} for the thread to end, through interrupts; true when it was interrupted. */
    boolean joinUninterruptibly(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        boolean interrupted = false;
        long left = millis;
        while (thread.isAlive() && left > 0) {
            try {
                thread.join(left);
            } catch (InterruptedException e) {
                interrupted = true;
            }
            left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        }
        return interrupted;
    }

    Event pausedAt() {
        return pausedAt;
    }

    boolean finished() {
        return finished;
    }

    Throwable failure() {
        return failure;
    }

    ThreadStats stats() {
        return work.stats();
    }

    List<OpResult> results() {
        return results;
    }

    private void body() {
        recorder.threadIds().bindCurrentThread(index);
        runProbe.admitCurrentThread(new PauseHook());
        try {
            awaitTurn();
            for (OpResult result = work.performNext(); result != null; result = work.performNext()) {
                results.add(result);
            }
            finished = true;
        } catch (Throwable e) { // the allocator or the program threw (or the run was aborted): the run fails with it
            failure = e;
        }
        pausedAt = null;
        handoff.handBack();
    }

    /** Called on this thread at each probe point, after the recorder has the event. */
    private void pauseAt(Event event) {
        // after an abort, finally blocks unwinding through the allocator still reach probe points: never wait there
        if (handoff.aborted()) {
            throw new Aborted();
        }
        pausedAt = event;
        handoff.handBack();
        awaitTurn();
    }

    private void awaitTurn() {
        boolean granted = false;
        try {
            // a thread may wait through any number of other threads' steps, so the wait has no overall
            // limit; the timeout is a safety net that has the thread look at the abort flag regularly
            while (!granted && !handoff.aborted()) {
                granted = turn.tryAcquire(ABORT_POLL_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Aborted();
        }
        if (handoff.aborted()) {
            throw new Aborted();
        }
    }

    /** Turns each probe call of this thread into the event it paused at, then parks. */
    private final class PauseHook extends EventProbe {

        @Override
        protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
            long step = clock.getAsLong();
            pauseAt(new Event(step, index, step, chunk, kind, p0, p1, p2, p3, p4));
        }
    }
}
