package dev.poolscope.trace.explore;

import dev.poolscope.core.InvalidFreeException;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.ScheduledRun;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.sched.ThreadResult;

import java.time.Duration;
import java.util.List;

/** Runs one execution of an input from scratch under a schedule prefix, and judges it. */
final class ExecutionRunner {

    /** A step takes microseconds; a step that takes this long is stuck (blocked outside any probe point). */
    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(5);

    private final ExploreInput input;
    private final int retryBound;

    ExecutionRunner(ExploreInput input, int retryBound) {
        this.input = input;
        this.retryBound = retryBound;
    }

    /**
     * @throws IllegalStateException when the prefix names a thread that cannot run: the same prefix
     *                               ran before and could, so the programs are not deterministic
     */
    Execution run(List<Integer> prefix) throws InterruptedException {
        return run(prefix, new Footprint[input.threads()]);
    }

    /** @param asleep per thread, the footprint of its next step if it is asleep before the prefix's last step, else null */
    Execution run(List<Integer> prefix, Footprint[] asleep) throws InterruptedException {
        GuidedSchedule schedule = new GuidedSchedule(prefix, asleep, retryBound);
        try {
            ScheduledRun run = new ControlledScheduler(schedule, STEP_TIMEOUT)
                    .run(input.newPool(), input.programs().get(), EventProbe.discarding(), new StepClock());
            String violation = Invariants.check(input.pool(), schedule.endedAt(), run.pool());
            return new Execution(schedule.chosen(), schedule.runnable(), schedule.endedAt(), schedule.footprints(),
                    Outcome.of(run.threads().stream().map(ThreadResult::operations).toList(), run.pool()), violation,
                    Execution.End.ENDED);
        } catch (ScheduleException e) {
            return failed(schedule, prefix, e);
        }
    }

    private Execution failed(GuidedSchedule schedule, List<Integer> prefix, ScheduleException e) {
        if (schedule.bounded() || schedule.blocked()) {
            return new Execution(schedule.chosen(), schedule.runnable(), schedule.endedAt(), schedule.footprints(), null,
                    Invariants.checkSoFar(input.pool(), schedule.endedAt()),
                    schedule.bounded() ? Execution.End.BOUNDED : Execution.End.ASLEEP);
        }
        if (e.getCause() == null && e.step() < prefix.size()) {
            throw new IllegalStateException("the schedule prefix " + prefix + " no longer fits the programs: "
                    + e.getMessage(), e);
        }
        // a thread threw (a rejected free, a failed rollback, ...) or never came back: a violation either way
        String problem = e.problem();
        String violation = e.getCause() instanceof InvalidFreeException ? "a free was rejected: " + problem : problem;
        return new Execution(schedule.chosen(), schedule.runnable(), schedule.endedAt(), schedule.footprints(),
                Outcome.failed(problem), violation, Execution.End.ENDED);
    }
}
