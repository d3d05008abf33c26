package dev.poolscope.trace.sched;

import dev.poolscope.trace.Event;

/** What a {@link Schedule} sees of the logical threads when it picks the next step's thread. */
public interface ThreadStates {

    /** Logical threads in the run: T0 to T{@code count - 1}. */
    int count();

    /**
     * True when {@code thread} can take a step: it has not finished, and when it is paused at a
     * lock request, the lock can be granted to it now.
     */
    boolean canRun(int thread);

    boolean finished(int thread);

    /**
     * The event {@code thread} paused at after its last step (its seq and time are that step's
     * number); null before the thread's first step and once it has finished.
     */
    Event pausedAt(int thread);
}
