package dev.poolscope.trace.sched;

import java.util.function.LongSupplier;

/**
 * The time of a scheduled run: the number of the step being taken. Give it to the recorder as its
 * clock and every event's time is its step, so the same schedule gives the same events, times
 * included, on any machine.
 */
public final class StepClock implements LongSupplier {

    /** Volatile: set by the scheduler, read by whichever thread runs the step and by any observer. */
    private volatile long step;

    @Override
    public long getAsLong() {
        return step;
    }

    /** Sets the time of the next events: the controlled scheduler's step, or a replayed run's recorded time. */
    public void set(long value) {
        step = value;
    }
}
