package dev.poolscope.trace.scenario;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.ScheduledRun;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.ScriptedProgram;
import dev.poolscope.trace.workload.ThreadProgram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A small pool, a script per thread and a schedule that together show one thing about the
 * allocator, with a title and a paragraph on what to watch. Some scenarios compare variants: the
 * same scripts and schedule run on the same pool under each variant, to be shown side by side.
 *
 * @param name        the scenario's id, kebab-case, as the command line names it
 * @param title       one line
 * @param explanation what happens and what to watch, in a paragraph
 * @param pool        the pool, under the variant the scenario is about
 * @param sideBySide  other variants to run the same scenario under, for comparison (often none)
 * @param scripts     thread {@code i} runs {@code scripts.get(i)}
 * @param schedule    makes the scenario's schedule, fresh for each run
 * @param interesting finds the first event worth looking at in a trace of the scenario
 */
public record Scenario(String name, String title, String explanation, PoolSpec pool, List<Variant> sideBySide,
        List<List<ScriptedProgram.Instruction>> scripts, Supplier<Schedule> schedule, EventFinder interesting) {

    public Scenario {
        sideBySide = List.copyOf(sideBySide);
        scripts = scripts.stream().map(List::copyOf).toList();
    }

    /** The variants to run: the pool's own first, then those shown beside it. */
    public List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        variants.add(pool.variant());
        variants.addAll(sideBySide);
        return variants;
    }

    /** Fresh programs for one run, one per thread. */
    public List<ThreadProgram> programs() {
        return scripts.stream().<ThreadProgram>map(ScriptedProgram::new).toList();
    }

    /** The header of a trace of this scenario under {@code variant}. */
    public TraceHeader header(Variant variant) {
        PoolSpec spec = pool.withVariant(variant);
        return new TraceHeader(spec.minAllocOrder(), variant.id(), spec.algorithm().describe(), spec.geometry(),
                scripts.size(), "scenario=" + name, 0);
    }

    /** Runs the scenario under its pool's variant. */
    public ScheduledRun run(EventProbe recorder, StepClock clock) throws ScheduleException, InterruptedException {
        return run(pool.variant(), recorder, clock);
    }

    /** Runs the scenario under {@code variant}: same scripts, same schedule. */
    public ScheduledRun run(Variant variant, EventProbe recorder, StepClock clock)
            throws ScheduleException, InterruptedException {
        return new ControlledScheduler(schedule.get()).run(pool.withVariant(variant), programs(), recorder, clock);
    }
}
