package dev.poolscope.trace.explore;

import dev.poolscope.trace.Event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One explored execution: the thread of each step, the threads that could run before each step,
 * the event each step ended at (null when it ended its thread, or when the run stopped in it), what
 * each step touched, and how the execution ended.
 *
 * @param outcome   what it reached; null when it was cut before its end
 * @param violation empty, or the first invariant it broke
 * @param end       how it ended
 */
record Execution(List<Integer> choices, List<Integer> runnable, List<Event> endedAt, List<Footprint> footprints,
        Outcome outcome, String violation, End end) {

    /** How an execution ended. */
    enum End {
        /** Every thread ended, or one threw (its outcome says which). */
        ENDED,
        /** An operation went past the retry bound. */
        BOUNDED,
        /** Only threads asleep could go on: every way on was explored already. */
        ASLEEP
    }

    Execution {
        choices = List.copyOf(choices);
        runnable = List.copyOf(runnable);
        endedAt = padded(endedAt, choices.size(), null);
        footprints = padded(footprints, choices.size(), Footprint.NONE);
    }

    /** {@code items} made as long as the steps, with {@code filler} for the step a run stopped in. */
    private static <T> List<T> padded(List<T> items, int steps, T filler) {
        List<T> padded = new ArrayList<>(items);
        padded.addAll(Collections.nCopies(Math.max(0, steps - items.size()), filler));
        return Collections.unmodifiableList(padded);
    }

    int steps() {
        return choices.size();
    }
}
