package dev.poolscope.trace.run;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.explore.ExploreInput;
import dev.poolscope.trace.scenario.EventFinder;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.StepListText;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.RunLength;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a recording runs: a workload on real threads or under the controlled scheduler, a named
 * scenario under one of its variants, a caller's own run on one thread, or a caller's replay of
 * operations made elsewhere. The workbench's Record Run and {@code poolscope record} both
 * run one (through {@link FileRecording}), so they record the same traces.
 */
public sealed interface RunPlan {

    /** The header of the trace. */
    TraceHeader header();

    /** True when the run takes steps under the controlled scheduler, whose step number is then the event time. */
    boolean stepped();

    /**
     * Runs, every event going to {@code recorder}. Interrupting the calling thread cancels the run:
     * it throws InterruptedException once the run's threads have ended. Requesting {@code stop} ends
     * it early but whole: it returns once every thread has finished the operation it was in.
     *
     * @param steps the step clock of a {@link #stepped()} run
     */
    void run(EventProbe recorder, StepClock steps, StopRequest stop) throws ScheduleException, InterruptedException;

    /** Where a viewer of the trace starts. */
    EventFinder startAt();

    /** What is recorded, for the job's name. */
    String describe();

    /** A replay of the caller's own on the recording thread: the body of an {@link OnReplayedThreads} plan. */
    @FunctionalInterface
    interface ReplayedBody {

        /**
         * Makes every pool step report to {@code recorder}, binding the recording thread to each step's
         * logical thread ({@link EventProbe#threadIds()}) and setting {@code time} to its recorded time;
         * returns early, whole, once {@code stop} is requested.
         */
        void run(EventProbe recorder, StepClock time, StopRequest stop);
    }

    /**
     * A replay, on the recording thread, of operations that threads elsewhere made, each attributed to its
     * logical thread and recorded at its own time: a kernel capture imported, for one. Its event times are
     * whatever the body sets (e.g. a kernel's nanoseconds since the capture began).
     *
     * @param header   the trace's header, with as many threads as the body binds
     * @param describe what is recorded, for the job's name
     */
    record OnReplayedThreads(TraceHeader header, String describe, ReplayedBody body) implements RunPlan {

        public OnReplayedThreads {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(describe, "describe");
            Objects.requireNonNull(body, "body");
        }

        /** Its times come from the step clock, which the body sets. */
        @Override
        public boolean stepped() {
            return true;
        }

        @Override
        public void run(EventProbe recorder, StepClock steps, StopRequest stop) {
            body.run(recorder, steps, stop);
        }

        @Override
        public EventFinder startAt() {
            return trace -> OptionalLong.empty();
        }
    }

    /** A run of the caller's own, on the recording thread: the body of a {@link OnOneThread} plan. */
    @FunctionalInterface
    interface OneThreadBody {

        /** Makes every pool step report to {@code recorder}; returns early, whole, once {@code stop} is requested. */
        void run(EventProbe recorder, StopRequest stop);
    }

    /**
     * A run of one logical thread (number 0) on the recording thread, as the caller's {@code body}
     * makes it: an allocation log replayed, for one. Event times are nanoseconds since the start.
     *
     * @param header   the trace's header; it says one thread
     * @param describe what is recorded, for the job's name
     */
    record OnOneThread(TraceHeader header, String describe, OneThreadBody body) implements RunPlan {

        public OnOneThread {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(describe, "describe");
            Objects.requireNonNull(body, "body");
            if (header.threads() != 1) {
                throw new IllegalArgumentException("a run on one thread has a header of 1 thread, not " + header.threads());
            }
        }

        @Override
        public boolean stepped() {
            return false;
        }

        @Override
        public void run(EventProbe recorder, StepClock steps, StopRequest stop) {
            // bound before the body's first step: the pool's chunks are added in it
            recorder.threadIds().bindCurrentThread(0);
            body.run(recorder, stop);
        }

        @Override
        public EventFinder startAt() {
            return trace -> OptionalLong.empty();
        }
    }

    /** How a workload's threads are run. */
    enum Scheduler {
        /** One real thread per logical thread, interleaving as the machine schedules them. */
        REAL_THREADS("Real threads"),
        /** One step at a time, a random schedule from the workload's seed: the same seed gives the same trace. */
        CONTROLLED("Controlled scheduler (random schedule from the seed)");

        private final String label;

        Scheduler(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A workload; under the controlled scheduler it must have a number of operations.
     *
     * @throws IllegalArgumentException when a timed workload is to run under the controlled scheduler
     */
    record OfWorkload(Workload workload, Scheduler scheduler) implements RunPlan {

        public OfWorkload {
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(scheduler, "scheduler");
            if (scheduler == Scheduler.CONTROLLED && !(workload.length() instanceof RunLength.Ops)) {
                throw new IllegalArgumentException("the controlled scheduler needs operations per thread, not a duration");
            }
        }

        @Override
        public TraceHeader header() {
            return workload.header();
        }

        @Override
        public boolean stepped() {
            return scheduler == Scheduler.CONTROLLED;
        }

        @Override
        public void run(EventProbe recorder, StepClock steps, StopRequest stop)
                throws ScheduleException, InterruptedException {
            if (stepped()) {
                new ControlledScheduler(Schedule.random(workload.seed())).run(workload, recorder, steps, stop);
            } else {
                WorkloadRunner.run(workload, recorder, stop);
            }
        }

        @Override
        public EventFinder startAt() {
            return trace -> OptionalLong.empty();
        }

        @Override
        public String describe() {
            return "workload (" + scheduler.label().toLowerCase() + ")";
        }
    }

    /**
     * An exploration's input run under the controlled scheduler on exactly {@code schedule} (an
     * outcome's representative schedule, say). Its header is {@code base}'s with {@code schedule=S}
     * added to the workload text, S as {@link StepListText} writes it.
     *
     * @param startAt where a viewer of the trace starts
     */
    record OfSchedule(ExploreInput input, TraceHeader base, List<Integer> schedule, EventFinder startAt)
            implements RunPlan {

        public OfSchedule {
            Objects.requireNonNull(input, "input");
            schedule = List.copyOf(schedule);
        }

        @Override
        public TraceHeader header() {
            return base.withWorkload(base.workload() + " schedule=" + StepListText.format(schedule));
        }

        @Override
        public boolean stepped() {
            return true;
        }

        @Override
        public void run(EventProbe recorder, StepClock steps, StopRequest stop)
                throws ScheduleException, InterruptedException {
            new ControlledScheduler(Schedule.explicit(schedule)).run(input.newPool(), input.programs().get(), recorder, steps);
        }

        @Override
        public String describe() {
            return input.name() + " on schedule " + StepListText.format(schedule);
        }
    }

    /**
     * A named scenario under {@code variant}, one of {@link Scenario#variants()}; the trace opens at
     * its first interesting event. It ignores a stop request: its schedule names every step, so a
     * scenario stopped early would break it, and it ends in a few dozen steps anyway.
     */
    record OfScenario(Scenario scenario, Variant variant) implements RunPlan {

        public OfScenario {
            Objects.requireNonNull(scenario, "scenario");
            if (!scenario.variants().contains(variant)) {
                throw new IllegalArgumentException("scenario " + scenario.name() + " runs under "
                        + scenario.variants() + ", not " + variant);
            }
        }

        @Override
        public TraceHeader header() {
            return scenario.header(variant);
        }

        @Override
        public boolean stepped() {
            return true;
        }

        @Override
        public void run(EventProbe recorder, StepClock steps, StopRequest stop)
                throws ScheduleException, InterruptedException {
            scenario.run(variant, recorder, steps);
        }

        @Override
        public EventFinder startAt() {
            return scenario.interesting();
        }

        @Override
        public String describe() {
            return "scenario " + scenario.name() + " (" + variant.id() + ")";
        }
    }
}
