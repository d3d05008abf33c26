package dev.poolscope.core.concurrent;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.Probe;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a few real threads one at a time, switching only at probe points, in the order a schedule
 * dictates. It is the pool's probe: a thread that reaches one of the chosen switch points asks the
 * schedule which thread runs next; when that is another thread it hands the turn over and parks
 * until its own turn comes back. Exactly one thread runs at any time.
 *
 * <p>The turn passes directly from thread to thread (a semaphore per thread), so a step costs at
 * most one hand-off; the test thread only starts the execution and waits for its end. The threads
 * come from an executor that outlives the execution, since starting threads costs more than a
 * whole execution. Every wait has a timeout; on any failure the execution is aborted: parked
 * threads wake, throw {@link Aborted} out of the allocator and end. A semaphore release
 * happens-before the acquire it enables, so the plain fields below, written by whichever thread
 * holds the turn, are seen by the next holder.
 */
final class StepScheduler implements Probe {

    private static final long TIMEOUT_SECONDS = 5;

    /** Which thread runs next. */
    interface Schedule {
        /**
         * @param step     the number of choices made so far
         * @param runnable the threads that have not finished, never empty
         * @return one of {@code runnable}
         * @throws AssertionError to fail the execution (an impossible choice, too many steps)
         */
        int choose(int step, NavigableSet<Integer> runnable);
    }

    /** Thrown in a parked thread when the execution is aborted. */
    static final class Aborted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Aborted() {
            super("execution aborted");
        }
    }

    /** A probe call seen by a scheduled thread: the trace of an execution, printed when it fails. */
    record Event(int thread, SwitchPoint point) {
        @Override
        public String toString() {
            return "T" + (thread + 1) + ":" + point;
        }
    }

    private final Set<SwitchPoint> switchPoints;
    private final Schedule schedule;
    private final List<Runnable> bodies;
    private final ExecutorService threads;
    /** The index of the body a thread is running, unset in threads that run none (the test thread). */
    private final ThreadLocal<Integer> indexOfCurrent = new ThreadLocal<>();
    private final List<Semaphore> turns = new ArrayList<>();
    private final Semaphore allFinished = new Semaphore(0);
    private final List<Integer> choices = new ArrayList<>();
    private final List<NavigableSet<Integer>> runnableAtChoice = new ArrayList<>();
    private final List<Event> trace = new ArrayList<>();
    private final boolean[] finished;
    private volatile boolean aborted;
    private volatile Throwable failure;
    private int casFailures;
    private int partialSets;
    private int rollbacks;
    private int retries;

    /**
     * @param bodies  one logical thread each; none runs before {@link #runToEnd()}
     * @param threads at least as many idle threads as there are bodies
     */
    StepScheduler(List<Runnable> bodies, Set<SwitchPoint> switchPoints, Schedule schedule, ExecutorService threads) {
        this.switchPoints = switchPoints;
        this.schedule = schedule;
        this.bodies = List.copyOf(bodies);
        this.threads = threads;
        this.finished = new boolean[bodies.size()];
        for (int i = 0; i < bodies.size(); i++) {
            turns.add(new Semaphore(0));
        }
    }

    /**
     * Starts the threads, runs them to their ends under the schedule and waits for them.
     *
     * @throws AssertionError when a thread failed, the schedule failed the execution, or a wait timed out
     */
    void runToEnd() throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            int index = i;
            running.add(threads.submit(() -> runBody(index)));
        }
        passTurn();
        if (!allFinished.tryAcquire(TIMEOUT_SECONDS * 4, TimeUnit.SECONDS)) {
            fail(new AssertionError("the threads did not finish within " + TIMEOUT_SECONDS * 4 + " s (livelock?)"));
        }
        for (Future<?> body : running) {
            try {
                body.get(TIMEOUT_SECONDS, TimeUnit.SECONDS); // the thread is idle again before the next execution
            } catch (TimeoutException | ExecutionException e) {
                fail(new AssertionError("a thread did not end within " + TIMEOUT_SECONDS + " s of the end or abort", e));
            }
        }
        if (failure != null) {
            throw new AssertionError(failure.getMessage(), failure);
        }
    }

    /** The thread run at each step. */
    List<Integer> choices() {
        return Collections.unmodifiableList(choices);
    }

    /** The threads that could have run at each step. */
    List<NavigableSet<Integer>> runnableAtChoice() {
        return Collections.unmodifiableList(runnableAtChoice);
    }

    List<Event> trace() {
        return Collections.unmodifiableList(trace);
    }

    int casFailures() {
        return casFailures;
    }

    int partialSets() {
        return partialSets;
    }

    /** Rollbacks that cleared at least one bit. */
    int rollbacks() {
        return rollbacks;
    }

    int retries() {
        return retries;
    }

    private void runBody(int index) {
        indexOfCurrent.set(index);
        try {
            awaitTurn(index);
            bodies.get(index).run();
        } catch (Aborted e) {
            return; // whoever aborted has recorded why
        } catch (Throwable e) { // an overlap, an invalid free, a broken invariant
            fail(e);
            return;
        } finally {
            indexOfCurrent.remove();
        }
        finished[index] = true;
        passTurn();
    }

    /** Gives the turn to the thread the schedule picks, or reports the end when every thread is done. */
    private void passTurn() {
        NavigableSet<Integer> runnable = runnable();
        if (runnable.isEmpty()) {
            allFinished.release();
            return;
        }
        int next;
        try {
            next = schedule.choose(choices.size(), runnable);
        } catch (AssertionError e) {
            fail(e);
            return;
        }
        choices.add(next);
        runnableAtChoice.add(runnable);
        turns.get(next).release();
    }

    private NavigableSet<Integer> runnable() {
        NavigableSet<Integer> runnable = new TreeSet<>();
        for (int i = 0; i < finished.length; i++) {
            if (!finished[i]) {
                runnable.add(i);
            }
        }
        return runnable;
    }

    /** Records the first failure and wakes everyone: parked threads end with Aborted, the test thread returns. */
    private void fail(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
        aborted = true;
        turns.forEach(Semaphore::release);
        allFinished.release();
    }

    private void awaitTurn(int index) {
        boolean granted;
        try {
            granted = turns.get(index).tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Aborted();
        }
        if (aborted) {
            throw new Aborted();
        }
        if (!granted) {
            fail(new AssertionError("T" + (index + 1) + " got no turn within " + TIMEOUT_SECONDS + " s"));
            throw new Aborted();
        }
    }

    /** Records the point and, when it is a switch point, lets the schedule pick who runs on. */
    private void reached(SwitchPoint point) {
        Integer index = indexOfCurrent.get();
        if (index == null) {
            return; // the test thread, setting the pool up before the threads start
        }
        trace.add(new Event(index, point));
        if (switchPoints.contains(point)) {
            passTurn();
            awaitTurn(index);
        }
    }

    @Override
    public void allocBegin(long size, long nbits) {
        reached(SwitchPoint.ALLOC_BEGIN);
    }

    @Override
    public void allocEnd(long size, long address) {
        reached(SwitchPoint.ALLOC_END);
    }

    @Override
    public void freeBegin(long address, long size) {
        reached(SwitchPoint.FREE_BEGIN);
    }

    @Override
    public void freeEnd(long address, long size) {
        reached(SwitchPoint.FREE_END);
    }

    @Override
    public void availRead(Chunk chunk, long avail) {
        reached(SwitchPoint.AVAIL_READ);
    }

    @Override
    public void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
        reached(SwitchPoint.SEARCH);
    }

    @Override
    public void wordRead(Chunk chunk, int word, long value) {
        reached(SwitchPoint.WORD_READ);
    }

    @Override
    public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
        if (!success) {
            casFailures++;
        }
        reached(SwitchPoint.CAS_ATTEMPT);
    }

    @Override
    public void partialSet(Chunk chunk, long startBit, long nbits, long remaining) {
        partialSets++;
        reached(SwitchPoint.PARTIAL_SET);
    }

    @Override
    public void rollback(Chunk chunk, long startBit, long nbits) {
        if (nbits > 0) {
            rollbacks++;
        }
        reached(SwitchPoint.ROLLBACK);
    }

    @Override
    public void retry(Chunk chunk, long fromBit) {
        retries++;
        reached(SwitchPoint.RETRY);
    }

    @Override
    public void availChange(Chunk chunk, long delta, long newAvail) {
        reached(SwitchPoint.AVAIL_CHANGE);
    }
}
