package dev.poolscope.trace.explore;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ThreadStates;

import java.util.ArrayList;
import java.util.List;

/**
 * The schedule of one explored execution: the given prefix of threads, then the thread of the
 * step before while it can run (no preemption), else the lowest thread that can, leaving out the
 * threads asleep. It writes down what the exploration needs: each step's thread, the threads that
 * could run before it, the event it ended at and its footprint. It cuts the run when an operation
 * has failed more CASes and retried more searches than the retry bound allows, and when every
 * thread that can run is asleep.
 *
 * <p>Sleep sets (Godefroid): a thread asleep after the prefix was already tried at an earlier
 * state of this path, and every step since commuted with its next step, so running it now would
 * only reach, in another order, executions already explored. It wakes when a step conflicts with
 * its next step. When only asleep threads can run, every way on from here is explored already.
 */
final class GuidedSchedule implements Schedule {

    /** The message of the run's failure when this schedule cut it at the retry bound. */
    static final String BOUNDED = "the retry bound was reached";
    /** The message of the run's failure when only asleep threads could go on. */
    static final String ASLEEP = "every thread that can run is asleep";

    private final List<Integer> prefix;
    private final int retryBound;
    private final List<Integer> chosen = new ArrayList<>();
    private final List<Integer> runnable = new ArrayList<>();
    private final List<Event> endedAt = new ArrayList<>();
    private final List<Footprint> footprints = new ArrayList<>();
    private final Footprint[] asleep;
    private final StepFootprints tracker;
    private int[] retries;
    private boolean bounded;
    private boolean blocked;

    /**
     * @param asleep per thread, the footprint of its next step if it is asleep before the prefix's last step, else null
     */
    GuidedSchedule(List<Integer> prefix, Footprint[] asleep, int retryBound) {
        this.prefix = List.copyOf(prefix);
        this.asleep = asleep.clone();
        this.tracker = new StepFootprints(asleep.length);
        this.retryBound = retryBound;
    }

    @Override
    public int choose(int step, ThreadStates threads) {
        if (retries == null) {
            retries = new int[threads.count()];
        }
        noteLastStep(threads);
        int mask = 0;
        for (int t = 0; t < threads.count(); t++) {
            mask |= threads.canRun(t) ? 1 << t : 0;
        }
        int awake = mask & ~Footprint.present(asleep);
        if (step >= prefix.size() && awake == 0) {
            blocked = true;
            throw new IllegalStateException(ASLEEP);
        }
        int thread = step < prefix.size() ? prefix.get(step) : keepGoing(awake);
        chosen.add(thread);
        runnable.add(mask);
        return thread;
    }

    @Override
    public void ended(int steps) {
        endedAt.add(null); // the last step ended its thread
        footprints.add(Footprint.NONE);
    }

    /** After a step past the prefix, wakes the threads whose next step conflicts with it. */
    private void wake(int step, Footprint taken) {
        if (step >= prefix.size() - 1) { // the threads given are asleep before the prefix's last step
            Footprint.wake(asleep, taken);
        }
    }

    private int keepGoing(int mask) {
        int last = chosen.isEmpty() ? -1 : chosen.get(chosen.size() - 1);
        return last >= 0 && (mask & 1 << last) != 0 ? last : Integer.numberOfTrailingZeros(mask);
    }

    /** Records where the last step ended; throws when that step took its operation past the retry bound. */
    private void noteLastStep(ThreadStates threads) {
        if (chosen.isEmpty()) {
            return;
        }
        int last = chosen.get(chosen.size() - 1);
        Event event = threads.pausedAt(last);
        endedAt.add(event);
        Footprint taken = tracker.next(last, event);
        footprints.add(taken);
        wake(chosen.size() - 1, taken);
        if (event == null || event.kind() == EventKind.ALLOC_BEGIN || event.kind() == EventKind.FREE_BEGIN) {
            retries[last] = 0;
        } else if (event.casFailed() || event.kind() == EventKind.RETRY) {
            retries[last]++;
            if (retries[last] > retryBound) {
                bounded = true;
                throw new IllegalStateException(BOUNDED);
            }
        }
    }

    /** The thread of each step taken. */
    List<Integer> chosen() {
        return chosen;
    }

    /** Per step, a bit per thread that could run before it. */
    List<Integer> runnable() {
        return runnable;
    }

    /** Per step, the event it ended at, or null when it ended its thread; as long as {@link #chosen} once the run ends. */
    List<Event> endedAt() {
        return endedAt;
    }

    /** Per step, what it touched; as long as {@link #chosen} once the run has ended (a step cut by a failure: none). */
    List<Footprint> footprints() {
        return footprints;
    }

    /** True when the run was cut at the retry bound. */
    boolean bounded() {
        return bounded;
    }

    /** True when the run was cut because only asleep threads could go on. */
    boolean blocked() {
        return blocked;
    }
}
