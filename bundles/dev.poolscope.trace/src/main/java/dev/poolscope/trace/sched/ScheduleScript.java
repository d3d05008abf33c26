package dev.poolscope.trace.sched;

import java.util.List;

/**
 * A scenario's schedule as data, so that it can be written back: segments of a
 * {@link ScriptedSchedule}, the threads in turn ({@link Schedule#roundRobin()}), or no fixed
 * schedule at all (a scenario meant for exhaustive exploration of its interleavings). Each makes a
 * fresh {@link Schedule} for every run.
 */
public sealed interface ScheduleScript {

    /** A schedule for one run. */
    Schedule newSchedule();

    /** The segments in order, then the lowest-numbered thread that can run: a {@link ScriptedSchedule}. */
    record Segments(List<ScheduleSegment> segments) implements ScheduleScript {

        /** @throws IllegalArgumentException when there is no segment */
        public Segments {
            segments = List.copyOf(segments);
            if (segments.isEmpty()) {
                throw new IllegalArgumentException("a scripted schedule needs at least one segment");
            }
        }

        @Override
        public Schedule newSchedule() {
            return ScriptedSchedule.of(segments);
        }
    }

    /** The threads in turn, one step each, skipping those that cannot run. */
    record RoundRobin() implements ScheduleScript {

        @Override
        public Schedule newSchedule() {
            return Schedule.roundRobin();
        }
    }

    /**
     * No fixed schedule: the scenario is meant to have its interleavings explored. Recording it
     * (once, as a run needs one schedule) runs the threads round-robin.
     */
    record Explore() implements ScheduleScript {

        @Override
        public Schedule newSchedule() {
            return Schedule.roundRobin();
        }
    }
}
