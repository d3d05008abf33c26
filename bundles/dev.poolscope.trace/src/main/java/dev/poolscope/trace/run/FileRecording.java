package dev.poolscope.trace.run;

import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.StopRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * One recording of a {@link RunPlan} into a trace file, kept only when whole ({@link WholeOutput}):
 * the output is checked and its part file ({@link WholeOutput#temporaryOf}) created before the run
 * starts, the run is recorded into it, and it is moved to the output once the recorder has closed it.
 * A run that fails or is cancelled (interrupted) leaves nothing: its part file is deleted and a file
 * already at the output stays as it was. A block that cannot be written (a full disk) stops the run
 * at once, at its threads' next operation, and fails it so. A run ended by its {@link StopRequest}
 * is whole, only shorter, and is kept like a finished one.
 */
public final class FileRecording {

    private final RunPlan plan;
    private final Path output;
    /** Set on the recording thread, read by progress reports on others. */
    private volatile Recorder recorder;

    public FileRecording(RunPlan plan, Path output) {
        this.plan = plan;
        this.output = output;
    }

    /** The file being recorded until the recording is whole. */
    public Path partFile() {
        return WholeOutput.temporaryOf(output);
    }

    /** Events recorded so far; 0 before the recording starts. */
    public long eventsRecorded() {
        Recorder current = recorder;
        return current == null ? 0 : current.eventsRecorded();
    }

    /**
     * Runs the plan on the calling thread with every event recorded, and moves the closed file to
     * the output. Interrupting the calling thread cancels the recording; requesting {@code stop} ends
     * it early and keeps it.
     *
     * @return the events in the trace at the output
     * @throws IOException          naming the file, when it could not be written, closed or moved,
     *                              and saying that nothing was kept
     * @throws ScheduleException    when a scheduled run could not go on
     * @throws InterruptedException when the recording was cancelled
     */
    public long record(StopRequest stop) throws IOException, ScheduleException, InterruptedException {
        // the output is checked and the part file made before the run: a bad output costs no run
        try (WholeOutput out = WholeOutput.file(output)) { // closing it deletes the part file unless committed
            try {
                long events = recordInto(out.temporary(), stop);
                out.commit();
                return events;
            } catch (IOException e) {
                throw out.failed(e);
            }
        }
    }

    private long recordInto(Path part, StopRequest stop) throws IOException, ScheduleException, InterruptedException {
        StepClock steps = new StepClock();
        long start = System.nanoTime();
        LongSupplier clock = plan.stepped() ? steps : () -> System.nanoTime() - start;
        StopRequest stopOnFailure = stop.inner(); // the caller's stop ends the run too; a failure does not request the caller's
        try (Recorder opened = Recorder.create(part, plan.header(), clock, stopOnFailure::request)) {
            recorder = opened;
            plan.run(opened, steps, stopOnFailure);
        }
        return recorder.eventsRecorded();
    }
}
