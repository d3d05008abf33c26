package dev.poolscope.ui.record;

import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.sched.StepClock;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * One recording of a {@link RunPlan} into a file, run on a thread of its own so that the job can
 * report progress and cancel it by interrupting that thread. Remembers what made it fail.
 */
final class Recording implements Runnable {

    private final RunPlan plan;
    private final Path file;
    /** Set on the recording thread, read by the job's progress loop. */
    private volatile Recorder recorder;
    private volatile Throwable failure;

    Recording(RunPlan plan, Path file) {
        this.plan = plan;
        this.file = file;
    }

    @Override
    public void run() {
        StepClock steps = new StepClock();
        long start = System.nanoTime();
        LongSupplier clock = plan.stepped() ? steps : () -> System.nanoTime() - start;
        try (Recorder opened = Recorder.create(file, plan.header(), clock)) {
            recorder = opened;
            plan.run(opened, steps);
        } catch (Throwable e) { // an allocator bug may surface as an Error: every failure is reported
            failure = e;
        }
    }

    /** Events recorded so far. */
    long eventsRecorded() {
        Recorder current = recorder;
        return current == null ? 0 : current.eventsRecorded();
    }

    /** What stopped the recording, or null when it succeeded (or still runs). */
    Throwable failure() {
        return failure;
    }
}
