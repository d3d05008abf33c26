package dev.poolscope.trace.branch;

import dev.poolscope.trace.BranchOrigin;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.explore.ExploreInput;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.sched.ThreadStates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Branches a trace recorded under the controlled scheduler: finds the branch point (re-running the
 * trace's run up to it, event for event, so that a branch never starts from a run other than the
 * trace's) and plans the branch's recording. The branch is the parent's run on the parent's steps
 * up to the event, then the chosen thread's step, then {@link BranchSchedule}'s; its header names
 * the parent and the branch point, and its workload text ends in the whole schedule it takes, so
 * it can be replayed and branched again.
 */
public final class Branching {

    private final Function<String, Scenario> scenarios;

    /** Branching traces of the built-in scenarios and of workloads. */
    public Branching() {
        this(Scenarios::byName);
    }

    /** @param scenarios the scenario of a name (a user's file, say), throwing IllegalArgumentException for one it does not know */
    public Branching(Function<String, Scenario> scenarios) {
        this.scenarios = scenarios;
    }

    /**
     * Where {@code trace}, read from {@code file}, can branch after event {@code event}.
     *
     * @throws BranchException      when the event is not in the trace, or the trace's run cannot be made
     *                              again up to it exactly (the trace was not recorded under the
     *                              controlled scheduler, or not from what its header says)
     * @throws IOException          when the trace cannot be read, naming the file and the offset
     * @throws InterruptedException when the calling thread is interrupted
     */
    public BranchPoint at(Path file, Trace trace, long event) throws BranchException, IOException, InterruptedException {
        Event at = eventAt(file, trace, event);
        ParentRun run = ParentRun.of(file.toString(), trace.header(), scenarios);
        int step = Math.toIntExact(at.time());
        StepClock clock = new StepClock();
        Watched watched = new Watched(run.schedule().get(), step + 1);
        List<Integer> parentSchedule;
        String difference;
        try (EventCursor events = trace.from(0)) {
            PrefixCheck check = new PrefixCheck(events, event, clock);
            parentSchedule = rerun(file, run.target().input(), watched, check, clock);
            difference = check.difference();
        }
        if (difference != null) {
            throw new BranchException(file + ": its run, made again from its header, is not the trace's: " + difference
                    + " (was it recorded under the controlled scheduler?)");
        }
        List<Integer> alternatives = new ArrayList<>(watched.runnable);
        if (step + 1 < parentSchedule.size()) {
            alternatives.remove(parentSchedule.get(step + 1));
        }
        return new BranchPoint(file, event, step, run, parentSchedule, alternatives, trace.header().seed());
    }

    /**
     * The recording of the branch at {@code point} where {@code thread} takes the next step; the
     * trace it records opens at the branch point.
     *
     * @throws BranchException      when {@code thread} is not one of the point's alternatives
     * @throws InterruptedException when the calling thread is interrupted
     */
    public RunPlan.OfSchedule plan(BranchPoint point, int thread) throws BranchException, InterruptedException {
        if (!point.alternatives().contains(thread)) {
            String why = point.taken().isPresent() && point.taken().getAsInt() == thread
                    ? "T" + thread + " takes that step in the trace already" : "T" + thread + " cannot take it";
            throw new BranchException(point.parent() + ": " + why + ": " + point.describe());
        }
        int next = point.step() + 1;
        ParentRun run = point.run();
        List<Integer> schedule = rerun(point.parent(), run.target().input(),
                new BranchSchedule(point.parentSchedule(), next, thread, point.seed()), EventProbe.discarding(),
                new StepClock());
        BranchOrigin origin = new BranchOrigin(point.parent().toAbsolutePath().normalize().toString(), point.event(),
                thread);
        long start = point.event();
        return new RunPlan.OfSchedule(run.target().input(), run.target().header().withOrigin(origin), schedule,
                trace -> OptionalLong.of(start));
    }

    private static Event eventAt(Path file, Trace trace, long event) throws BranchException, IOException {
        if (event < 0 || event > trace.lastSeq()) {
            throw new BranchException(file + ": there is no event " + event + " to branch at (the trace's events are 0 to "
                    + trace.lastSeq() + ")");
        }
        try (EventCursor cursor = trace.from(event)) {
            Event at = cursor.next();
            if (at == null || at.seq() != event) {
                throw new BranchException(file + ": event " + event + " was lost (the file is damaged there)");
            }
            return at;
        }
    }

    /** The steps a run of {@code input} on {@code schedule} takes. */
    private static List<Integer> rerun(Path file, ExploreInput input, Schedule schedule, EventProbe probe, StepClock clock)
            throws BranchException, InterruptedException {
        try {
            return new ControlledScheduler(schedule).run(input.newPool(), input.programs().get(), probe, clock).schedule();
        } catch (ScheduleException e) {
            throw new BranchException(file + ": the run cannot be made: at step " + e.step() + ": " + e.problem(), e);
        }
    }

    /** A schedule that notes which threads can run at one step. */
    private static final class Watched implements Schedule {

        private final Schedule schedule;
        private final int watched;
        private final List<Integer> runnable = new ArrayList<>();

        Watched(Schedule schedule, int watched) {
            this.schedule = schedule;
            this.watched = watched;
        }

        @Override
        public int choose(int step, ThreadStates threads) {
            if (step == watched) {
                for (int thread = 0; thread < threads.count(); thread++) {
                    if (threads.canRun(thread)) {
                        runnable.add(thread);
                    }
                }
            }
            return schedule.choose(step, threads);
        }

        @Override
        public void ended(int steps) {
            schedule.ended(steps);
        }
    }
}
