package dev.poolscope.ui.record;

import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.ui.session.OpenTraceJob;
import dev.poolscope.ui.session.ParentPolicy;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceErrors;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Records a {@link RunPlan} into a trace file in the background, showing the events recorded so
 * far, then opens the trace ({@link OpenTraceJob}) where the plan says to start, a branch beside its parent.
 *
 * <p>The {@link FileRecording} keeps the file only once the recorder has closed it whole. A recording
 * that is cancelled or fails is deleted: the recorder writes whole blocks, so a stopped recording
 * would read back as a good, merely shorter trace, and nothing could tell it from a complete one. A
 * file already at the output stays as it was unless a recording succeeds. Cancel interrupts the
 * recording thread, which stops the run's threads at their next step. A failure is shown in a
 * dialog titled {@value #ERROR_TITLE} naming the problem.
 */
public final class RecordRunJob extends Job {

    /** The dialog title when recording fails. */
    public static final String ERROR_TITLE = "Recording failed";

    /** How often the progress line is updated and cancel is looked for. */
    private static final long PROGRESS_MILLIS = 100;

    private final RunPlan plan;
    private final Path output;
    private final int checkpointInterval;
    private final Sessions sessions;
    private final Display display;
    private final FileRecording recording;

    /**
     * @param checkpointInterval events between the opened model's checkpoints, or 0 for its default
     */
    public RecordRunJob(RunPlan plan, Path output, int checkpointInterval, Sessions sessions, Display display) {
        super("Recording " + plan.describe() + " to " + output.getFileName());
        this.plan = plan;
        this.output = output.toAbsolutePath();
        this.checkpointInterval = checkpointInterval;
        this.sessions = sessions;
        this.display = display;
        this.recording = new FileRecording(plan, this.output);
        setUser(true);
        // the job shows its own dialog on failure; the workbench's second one would say less
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    /** The file being recorded until the recording is whole. */
    public Path partFile() {
        return recording.partFile();
    }

    /** Events recorded so far; 0 before the recording starts. */
    public long eventsRecorded() {
        return recording.eventsRecorded();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        IStatus status;
        try {
            Files.createDirectories(output.getParent());
            AtomicReference<Throwable> failure = new AtomicReference<>();
            if (!recordUntilDone(failure, monitor)) {
                status = Status.CANCEL_STATUS;
            } else if (failure.get() != null) {
                status = failed(output + ": " + problem(failure.get()), failure.get());
            } else {
                // a branch just made opens beside its parent, as Branch Here promises
                new OpenTraceJob(output, checkpointInterval, plan.startAt(), sessions, display)
                        .withParents(ParentPolicy.ALWAYS).schedule();
                status = Status.OK_STATUS;
            }
        } catch (IOException e) {
            status = failed(TraceErrors.describe(output, e), e);
        } finally {
            monitor.done();
        }
        return status;
    }

    /** Runs the recording on its own thread until it ends, keeping what made it fail; false when the user cancelled it. */
    private boolean recordUntilDone(AtomicReference<Throwable> failure, IProgressMonitor monitor) {
        Thread thread = new Thread(() -> {
            try {
                recording.record(new StopRequest());
            } catch (Throwable e) { // an allocator bug may surface as an Error: every failure is reported
                failure.set(e);
            }
        }, "poolscope-recording");
        thread.start();
        boolean cancelled = false;
        while (thread.isAlive()) {
            if (!cancelled && monitor.isCanceled()) {
                cancelled = true;
                thread.interrupt(); // the run stops its threads, then the recorder closes
                monitor.subTask("stopping the run; the partial recording will be deleted");
            } else if (!cancelled) {
                monitor.subTask(String.format(Locale.ROOT, "%,d events recorded", recording.eventsRecorded()));
            }
            try {
                thread.join(PROGRESS_MILLIS);
            } catch (InterruptedException e) {
                // the job's own thread was interrupted: treat it as a cancel, and still wait for the recording
                monitor.setCanceled(true);
            }
        }
        return !cancelled;
    }

    /** What went wrong, in the words of the part that failed (the workload's and scheduler's messages name step and value). */
    private static String problem(Throwable failure) {
        if (failure instanceof ScheduleException || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException) {
            return failure.getMessage();
        }
        return failure instanceof IOException io ? io.getMessage() : failure.toString();
    }

    private IStatus failed(String message, Throwable cause) {
        String shown = message + "\n\nNo trace was kept: a partial recording is deleted.";
        display.asyncExec(() -> TraceErrors.show(display, ERROR_TITLE, shown));
        return Status.error(message, cause);
    }
}
