package dev.poolscope.trace.testkit;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.MemoryRecorder;
import dev.poolscope.trace.MemoryTrace;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.ScheduledRun;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.Workload;

import java.util.List;

/** A scheduled run recorded into memory with the run's step clock: its result and its trace. */
public record Recorded(ScheduledRun run, MemoryTrace trace) {

    public List<Event> events() {
        return trace.events();
    }

    public static Recorded workload(Workload workload, Schedule schedule) throws ScheduleException, InterruptedException {
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        ScheduledRun run = new ControlledScheduler(schedule).run(workload, recorder, clock);
        return new Recorded(run, recorder.trace(workload.header()));
    }
}
