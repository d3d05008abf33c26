package dev.poolscope.trace.sched;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A schedule told as a story: "run T0 until it reads word 1, then T1 to its end, ...". Each
 * segment runs one thread until it has paused at a matching event a number of times (or until it
 * finishes); after the last segment the lowest-numbered thread that can run takes every step. The
 * steps this takes can be read off the run and replayed as an explicit schedule.
 */
public final class ScriptedSchedule implements Schedule {

    /** Where a segment stops: the thread has paused at an event that passes {@code reached}. */
    public record Until(String description, Predicate<Event> reached) {

        /** The thread has recorded an event of {@code kind}. */
        public static Until reaches(EventKind kind) {
            return new Until("it reaches " + kind, e -> e.kind() == kind);
        }

        /** The thread has read bitmap word {@code word} before changing it. */
        public static Until readsWord(int word) {
            return new Until("it reads word " + word, e -> e.kind() == EventKind.WORD_READ && e.p0() == word);
        }

        /** The thread has ended an alloc or a free. */
        public static Until endsOperation() {
            return new Until("it ends an operation",
                    e -> e.kind() == EventKind.ALLOC_END || e.kind() == EventKind.FREE_END);
        }
    }

    /** Run {@code thread} until it has met {@code until} {@code times} times; a null {@code until} runs it to its end. */
    private record Segment(int thread, Until until, int times) {

        @Override
        public String toString() {
            return until == null ? "run T" + thread + " to its end"
                    : "run T" + thread + " until " + until.description() + (times == 1 ? "" : " (" + times + " times)");
        }
    }

    private final List<Segment> segments;
    private int current;
    private int met;
    private int lastChosen = -1;

    private ScriptedSchedule(List<Segment> segments) {
        this.segments = List.copyOf(segments);
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
                && segments.get(current).until() != null) {
            Event paused = threads.pausedAt(lastChosen);
            met += paused != null && segments.get(current).until().reached().test(paused) ? 1 : 0;
        }
    }

    private boolean segmentDone(Segment segment, ThreadStates threads) {
        boolean finished = threads.finished(segment.thread());
        if (segment.until() != null && finished && met < segment.times()) {
            throw new IllegalStateException("T" + segment.thread() + " finished before the end of segment '"
                    + segment + "'");
        }
        return segment.until() == null ? finished : met >= segment.times();
    }

    private static int lowestRunnable(ThreadStates threads) {
        int chosen = 0;
        while (!threads.canRun(chosen)) {
            chosen++;
        }
        return chosen;
    }

    /** Builds a scripted schedule segment by segment. */
    public static final class Builder {

        private final List<Segment> segments = new ArrayList<>();

        private Builder() {
        }

        /** Runs {@code thread} until it meets {@code until} once. */
        public Builder runUntil(int thread, Until until) {
            return runUntil(thread, until, 1);
        }

        /** Runs {@code thread} until it meets {@code until} {@code times} times. */
        public Builder runUntil(int thread, Until until, int times) {
            segments.add(new Segment(thread, until, times));
            return this;
        }

        /** Runs {@code thread} to its end. */
        public Builder runToEnd(int thread) {
            segments.add(new Segment(thread, null, 0));
            return this;
        }

        public ScriptedSchedule build() {
            return new ScriptedSchedule(segments);
        }
    }
}
