package dev.poolscope.testkit;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.ScheduledRun;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.trace.workload.Workload;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A run under the controlled scheduler recorded into memory, its event times the run's steps: the
 * run's result and its trace. The one way tests record a scenario or a scheduled workload, into
 * memory or (through the product's own file recording) into a trace file.
 */
public record Recorded(ScheduledRun run, MemoryTrace trace) {

    public List<Event> events() {
        return trace.events();
    }

    /** Runs {@code workload} under {@code schedule}. */
    public static Recorded workload(Workload workload, Schedule schedule) throws ScheduleException, InterruptedException {
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        ScheduledRun run = new ControlledScheduler(schedule).run(workload, recorder, clock);
        return new Recorded(run, recorder.trace(workload.header()));
    }

    /**
     * Records {@code scenario} under its pool's variant into the trace file {@code file}, the way the
     * Scenarios view and {@code record --scenario} do; returns the events recorded.
     */
    public static long toFile(Scenario scenario, Path file) throws IOException, ScheduleException, InterruptedException {
        return new FileRecording(new RunPlan.OfScenario(scenario, scenario.pool().variant()), file).record(new StopRequest());
    }

    /** A workload that asks for more than its one 8 KiB chunk holds, so that some of its allocations fail. */
    public static Workload overfilledPool() {
        return Workload.parse("threads=2 ops=300 fill=1 sizes=uniform:32..2048 chunks=8KiB@0x10000000 seed=11");
    }

    /** Records {@code workload} under the controlled scheduler (its seed's schedule) into the trace file {@code file}. */
    public static long toFile(Workload workload, Path file) throws IOException, ScheduleException, InterruptedException {
        return new FileRecording(new RunPlan.OfWorkload(workload, RunPlan.Scheduler.CONTROLLED), file)
                .record(new StopRequest());
    }

    /** Runs {@code scenario} under its pool's variant. */
    public static Recorded scenario(Scenario scenario) throws ScheduleException, InterruptedException {
        return scenario(scenario, scenario.pool().variant());
    }

    /** Runs {@code scenario} under {@code variant}. */
    public static Recorded scenario(Scenario scenario, Variant variant) throws ScheduleException, InterruptedException {
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        ScheduledRun run = scenario.run(variant, recorder, clock);
        return new Recorded(run, recorder.trace(scenario.header(variant)));
    }
}
