package dev.poolscope.trace.sched;

import java.util.Objects;

/**
 * One segment of a {@link ScriptedSchedule}, as data: run a thread until it has met a condition a
 * number of times, or run it to its end. Each says itself the way a scenario file writes it
 * ({@link #describe()}).
 */
public sealed interface ScheduleSegment {

    /** The thread that takes every step of the segment. */
    int thread();

    /** "run T0 until it reads word 1", "run T0 until it ends an operation 3 times", "run T1 to its end". */
    String describe();

    /** Run {@code thread} until it has paused {@code times} times at an event that meets {@code until}. */
    record RunUntil(int thread, Until until, int times) implements ScheduleSegment {

        public RunUntil {
            checkThread(thread);
            Objects.requireNonNull(until, "until");
            if (times < 1) {
                throw new IllegalArgumentException("a segment runs until a condition is met 1 or more times, not "
                        + times);
            }
        }

        @Override
        public String describe() {
            return "run T" + thread + " until " + until.describe() + (times == 1 ? "" : " " + times + " times");
        }
    }

    /** Run {@code thread} until it has finished its program. */
    record RunToEnd(int thread) implements ScheduleSegment {

        public RunToEnd {
            checkThread(thread);
        }

        @Override
        public String describe() {
            return "run T" + thread + " to its end";
        }
    }

    private static void checkThread(int thread) {
        if (thread < 0) {
            throw new IllegalArgumentException("a thread number is 0 or more, not " + thread);
        }
    }
}
