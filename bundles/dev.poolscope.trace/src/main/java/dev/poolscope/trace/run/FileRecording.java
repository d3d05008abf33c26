package dev.poolscope.trace.run;

import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.StopRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.LongSupplier;

/**
 * One recording of a {@link RunPlan} into a trace file, kept only when whole: the run is recorded
 * into a sibling file ending in {@value #PART_SUFFIX} and moved to the output once the recorder has
 * closed it. A run that fails or is cancelled (interrupted) leaves nothing: its part file is
 * deleted and a file already at the output stays as it was. A run ended by its {@link StopRequest}
 * is whole, only shorter, and is kept like a finished one.
 */
public final class FileRecording {

    /** Appended to the output's name while recording. */
    public static final String PART_SUFFIX = ".part";

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
        return output.resolveSibling(output.getFileName() + PART_SUFFIX);
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
     * @throws IOException          naming the file, when it could not be written, closed or moved
     * @throws ScheduleException    when a scheduled run could not go on
     * @throws InterruptedException when the recording was cancelled
     */
    public long record(StopRequest stop) throws IOException, ScheduleException, InterruptedException {
        Path part = partFile();
        try {
            long events = recordInto(part, stop);
            Files.move(part, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return events;
        } catch (Throwable e) { // an allocator bug may surface as an Error: no failure leaves a part file
            deleteAfterFailure(part, e);
            throw e;
        }
    }

    private long recordInto(Path part, StopRequest stop) throws IOException, ScheduleException, InterruptedException {
        StepClock steps = new StepClock();
        long start = System.nanoTime();
        LongSupplier clock = plan.stepped() ? steps : () -> System.nanoTime() - start;
        try (Recorder opened = Recorder.create(part, plan.header(), clock)) {
            recorder = opened;
            plan.run(opened, steps, stop);
        }
        return recorder.eventsRecorded();
    }

    /** Deletes what a failed or cancelled recording wrote; a failure to do so is added to {@code failure}. */
    private static void deleteAfterFailure(Path part, Throwable failure) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            failure.addSuppressed(new IOException(part + ": the partial recording could not be deleted: "
                    + e.getMessage(), e));
        }
    }
}
