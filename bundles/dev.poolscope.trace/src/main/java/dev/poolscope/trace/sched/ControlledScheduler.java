package dev.poolscope.trace.sched;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.RunLength;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.trace.workload.ThreadProgram;
import dev.poolscope.trace.workload.Workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs logical threads deterministically, switching threads only at the allocator's probe points.
 * Each logical thread is a real thread, but only one runs at a time: at every probe point the
 * thread's event goes to the recorder, then the thread parks until the schedule picks it again.
 * The pre-patch variant's locks are tracked from their events, and a thread paused at a lock
 * request is resumed only when the lock is free, so no thread ever blocks inside the allocator.
 *
 * <p>Given the same pool, programs and schedule, a run takes the same steps and records the same
 * events; with the recorder's clock set to the run's {@link StepClock}, the same times as well.
 */
public final class ControlledScheduler {

    /** How long one step may take before the run fails: far beyond any real step, which takes microseconds. */
    public static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(10);

    private final Schedule schedule;
    private final Duration stepTimeout;

    public ControlledScheduler(Schedule schedule) {
        this(schedule, DEFAULT_STEP_TIMEOUT);
    }

    /** @param stepTimeout how long the scheduler waits for a resumed thread to pause again or end */
    public ControlledScheduler(Schedule schedule, Duration stepTimeout) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.stepTimeout = Objects.requireNonNull(stepTimeout, "stepTimeout");
    }

    /**
     * Runs one logical thread per program on a fresh pool, thread {@code i} running {@code programs.get(i)}
     * and recorded as thread {@code i}.
     *
     * @param recorder receives every event of the run, on the thread that takes the step
     * @param clock    advanced to each step's number before the step; give it to the recorder as its clock
     * @throws ScheduleException when the run cannot go on; says at which step and why
     * @throws InterruptedException when the calling thread is interrupted (the run is cancelled);
     *                              thrown once the run's threads have ended, so the recorder may be closed
     */
    public ScheduledRun run(PoolSpec pool, List<? extends ThreadProgram> programs, EventProbe recorder, StepClock clock)
            throws ScheduleException, InterruptedException {
        return run(pool::create, programs, recorder, clock);
    }

    /**
     * Runs as {@link #run(PoolSpec, List, EventProbe, StepClock)} does, on the pool {@code newPool}
     * makes for the probe it is given (the pool must report every step to that probe): for a pool
     * the spec cannot describe, such as a deliberately broken one in a test.
     */
    public ScheduledRun run(Function<Probe, GenPool> newPool, List<? extends ThreadProgram> programs,
            EventProbe recorder, StepClock clock) throws ScheduleException, InterruptedException {
        if (programs.isEmpty()) {
            throw new IllegalArgumentException("a scheduled run needs at least one thread");
        }
        return new SteppedRun(schedule, stepTimeout, newPool, programs, recorder, clock).execute();
    }

    /**
     * Runs {@code workload}'s threads.
     *
     * @throws IllegalArgumentException when the workload is timed: a scheduled run needs a number of operations
     */
    public ScheduledRun run(Workload workload, EventProbe recorder, StepClock clock)
            throws ScheduleException, InterruptedException {
        return run(workload, recorder, clock, new StopRequest());
    }

    /**
     * Runs {@code workload}'s threads until they end or {@code stop} is requested; then each thread
     * ends after the operation it is in (the scheduler keeps giving turns until it has), and the run
     * returns as if the programs had ended there.
     *
     * @throws IllegalArgumentException when the workload is timed: a scheduled run needs a number of operations
     */
    public ScheduledRun run(Workload workload, EventProbe recorder, StepClock clock, StopRequest stop)
            throws ScheduleException, InterruptedException {
        if (!(workload.length() instanceof RunLength.Ops)) {
            throw new IllegalArgumentException("a scheduled run needs ops=N, not a duration: '" + workload.text() + "'");
        }
        List<ThreadProgram> programs = new ArrayList<>();
        for (int i = 0; i < workload.threads(); i++) {
            programs.add(stop.untilRequested(workload.program(i)));
        }
        return run(workload.pool(), programs, recorder, clock);
    }
}
