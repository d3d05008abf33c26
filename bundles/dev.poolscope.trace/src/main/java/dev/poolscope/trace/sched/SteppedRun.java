package dev.poolscope.trace.sched;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.workload.RunProbe;
import dev.poolscope.trace.workload.ThreadProgram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One scheduled run, from start to end: takes steps until every logical thread has finished, each
 * step giving the turn to the thread the schedule picks and waiting for it to hand the turn back.
 * The thread that calls {@link #execute()} is the scheduler; it only ever waits while a logical
 * thread runs, so exactly one of them runs at any time.
 */
final class SteppedRun implements ThreadStates {

    private final Schedule schedule;
    private final Duration timeout;
    private final StepClock clock;
    private final GenPool pool;
    private final Handoff handoff = new Handoff();
    private final LockTable locks = new LockTable();
    private final List<LogicalThread> threads = new ArrayList<>();
    private final List<Integer> taken = new ArrayList<>();
    private final long[] waitingSteps;

    SteppedRun(Schedule schedule, Duration timeout, Function<Probe, GenPool> newPool,
            List<? extends ThreadProgram> programs, EventProbe recorder, StepClock clock) {
        this.schedule = schedule;
        this.timeout = timeout;
        this.clock = clock;
        RunProbe runProbe = new RunProbe(recorder);
        this.pool = newPool.apply(runProbe); // on this thread, which is not one of the run's: not recorded
        for (int i = 0; i < programs.size(); i++) {
            threads.add(new LogicalThread(i, programs.get(i), pool, recorder, runProbe, clock, handoff));
        }
        this.waitingSteps = new long[programs.size()];
    }

    ScheduledRun execute() throws ScheduleException, InterruptedException {
        boolean completed = false;
        threads.forEach(LogicalThread::start);
        try {
            while (!allFinished()) {
                step();
            }
            end();
            completed = true;
        } finally {
            if (!completed) {
                abort();
            }
        }
        List<ThreadResult> results = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            results.add(new ThreadResult(threads.get(i).stats(), threads.get(i).results(), waitingSteps[i]));
        }
        return new ScheduledRun(pool, taken, results);
    }

    @Override
    public int count() {
        return threads.size();
    }

    @Override
    public boolean canRun(int thread) {
        Event paused = threads.get(thread).pausedAt();
        return !finished(thread) && (paused == null || paused.kind() != EventKind.LOCK_REQUEST || locks.canGrant(paused));
    }

    @Override
    public boolean finished(int thread) {
        return threads.get(thread).finished();
    }

    @Override
    public Event pausedAt(int thread) {
        return threads.get(thread).pausedAt();
    }

    private void step() throws ScheduleException, InterruptedException {
        int step = taken.size();
        countWaiting();
        int chosen = choose(step);
        taken.add(chosen);
        clock.set(step);
        LogicalThread thread = threads.get(chosen);
        thread.giveTurn();
        // from here until the hand-back only the resumed thread runs; this one just waits for it
        if (!handoff.awaitHandBack(timeout)) {
            throw failure(step, "T" + chosen + " reached no probe point and did not end within " + timeout.toMillis()
                    + " ms (blocked outside the allocator's probe points?)", null);
        }
        if (thread.failure() != null) {
            throw failure(step, "T" + chosen + " failed: " + thread.failure(), thread.failure());
        }
        if (thread.pausedAt() != null) {
            try {
                locks.apply(thread.pausedAt());
            } catch (IllegalStateException e) {
                throw failure(step, e.getMessage(), e);
            }
        }
    }

    /** The schedule's choice for {@code step}, checked: it must name a thread that can run. */
    private int choose(int step) throws ScheduleException {
        if (!anyCanRun()) {
            throw failure(step, "no thread can run: " + whyNone(), null);
        }
        int chosen;
        try {
            chosen = schedule.choose(step, this);
        } catch (IllegalStateException e) {
            throw failure(step, e.getMessage(), e);
        }
        if (chosen < 0 || chosen >= threads.size()) {
            throw failure(step, "the schedule names T" + chosen + ", but the threads are T0 to T" + (threads.size() - 1),
                    null);
        }
        if (!canRun(chosen)) {
            throw failure(step, "the schedule names T" + chosen + ", which cannot run: " + whyNot(chosen), null);
        }
        return chosen;
    }

    private void end() throws ScheduleException, InterruptedException {
        try {
            schedule.ended(taken.size());
        } catch (IllegalStateException e) {
            throw failure(taken.size(), e.getMessage(), e);
        }
        for (int i = 0; i < threads.size(); i++) {
            if (!threads.get(i).join(timeout.toMillis())) {
                throw failure(taken.size(), "T" + i + " finished its program but did not end within "
                        + timeout.toMillis() + " ms", null);
            }
        }
    }

    /**
     * Wakes every parked thread: each throws out of the allocator, releasing what it holds, and ends.
     * Waits for that (up to the step timeout a thread), so that after a failed or interrupted run no
     * thread of it records any more; keeps the caller's interrupt status.
     */
    private void abort() {
        handoff.abort();
        threads.forEach(LogicalThread::giveTurn);
        boolean interrupted = Thread.interrupted();
        for (LogicalThread thread : threads) {
            interrupted |= thread.joinUninterruptibly(timeout.toMillis());
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void countWaiting() {
        for (int i = 0; i < threads.size(); i++) {
            Event paused = threads.get(i).pausedAt();
            if (paused != null && paused.kind() == EventKind.LOCK_REQUEST && !locks.canGrant(paused)) {
                waitingSteps[i]++;
            }
        }
    }

    private boolean allFinished() {
        boolean all = true;
        for (int i = 0; i < threads.size(); i++) {
            all &= finished(i);
        }
        return all;
    }

    private boolean anyCanRun() {
        boolean any = false;
        for (int i = 0; i < threads.size(); i++) {
            any |= canRun(i);
        }
        return any;
    }

    private String whyNot(int thread) {
        return finished(thread) ? "it has finished"
                : "it waits at LOCK_REQUEST: " + locks.whyWaiting(threads.get(thread).pausedAt());
    }

    private String whyNone() {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            if (!finished(i)) {
                reasons.add("T" + i + " " + whyNot(i).substring("it ".length()));
            }
        }
        return String.join("; ", reasons);
    }

    private ScheduleException failure(int step, String problem, Throwable cause) {
        return new ScheduleException(step, problem, taken, cause);
    }
}
