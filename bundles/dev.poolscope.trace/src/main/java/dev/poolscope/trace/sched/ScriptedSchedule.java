package dev.poolscope.trace.sched;

import dev.poolscope.trace.Event;

import java.util.ArrayList;
import java.util.List;

/**
 * A schedule told as a story: "run T0 until it reads word 1, then T1 to its end, ...". Each
 * segment runs one thread until it has paused at a matching event a number of times (or until it
 * finishes); after the last segment the lowest-numbered thread that can run takes every step. The
 * steps this takes can be read off the run and replayed as an explicit schedule. The segments are
 * data ({@link ScheduleSegment}), as a scenario file writes them ({@link ScheduleScript.Segments}).
 */
public final class ScriptedSchedule implements Schedule {

    private final List<ScheduleSegment> segments;
    private int current;
    private int met;
    private int lastChosen = -1;

    private ScriptedSchedule(List<ScheduleSegment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** A fresh schedule that runs {@code segments} in order. */
    public static ScriptedSchedule of(List<ScheduleSegment> segments) {
        return new ScriptedSchedule(segments);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * @throws IllegalStateException when a segment's thread finishes before it meets its condition
     */
    @Override
    public int choose(int step, ThreadStates threads) {
        creditLastStep(threads);
        while (current < segments.size() && segmentDone(segments.get(current), threads)) {
            current++;
            met = 0;
        }
        lastChosen = current < segments.size() ? segments.get(current).thread() : lowestRunnable(threads);
        return lastChosen;
    }

    /** Counts the last step towards the current segment when its thread took it and paused at a matching event. */
    private void creditLastStep(ThreadStates threads) {
        if (current < segments.size() && segments.get(current).thread() == lastChosen
                && segments.get(current) instanceof ScheduleSegment.RunUntil segment) {
            Event paused = threads.pausedAt(lastChosen);
            met += paused != null && segment.until().metAt(paused) ? 1 : 0;
        }
    }

    private boolean segmentDone(ScheduleSegment segment, ThreadStates threads) {
        boolean finished = threads.finished(segment.thread());
        if (segment instanceof ScheduleSegment.RunUntil until) {
            if (finished && met < until.times()) {
                throw new IllegalStateException("T" + segment.thread() + " finished before the end of segment '"
                        + segment.describe() + "'");
            }
            return met >= until.times();
        }
        return finished;
    }

    private static int lowestRunnable(ThreadStates threads) {
        int chosen = 0;
        while (!threads.canRun(chosen)) {
            chosen++;
        }
        return chosen;
    }

    /** Builds a scripted schedule, or its data form, segment by segment. */
    public static final class Builder {

        private final List<ScheduleSegment> segments = new ArrayList<>();

        private Builder() {
        }

        /** Runs {@code thread} until it meets {@code until} once. */
        public Builder runUntil(int thread, Until until) {
            return runUntil(thread, until, 1);
        }

        /** Runs {@code thread} until it meets {@code until} {@code times} times. */
        public Builder runUntil(int thread, Until until, int times) {
            segments.add(new ScheduleSegment.RunUntil(thread, until, times));
            return this;
        }

        /** Runs {@code thread} to its end. */
        public Builder runToEnd(int thread) {
            segments.add(new ScheduleSegment.RunToEnd(thread));
            return this;
        }

        /** A schedule for one run. */
        public ScriptedSchedule build() {
            return new ScriptedSchedule(segments);
        }

        /** The segments as data, for a scenario, which makes a fresh schedule of them for each run. */
        public ScheduleScript.Segments script() {
            return new ScheduleScript.Segments(segments);
        }
    }
}
