package dev.poolscope.ui.session;

import dev.poolscope.analysis.log.AllocationLogFormatException;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * A user's background job on one file, with progress and cancel, whose failure ends in one error dialog
 * naming the file (and the byte offset or line of the damage): every way the workbench reads a trace or a
 * log in the background shares this, so none lets an exception escape or says less than another.
 */
public abstract class FileJob extends Job {

    private final Path file;
    private final String errorTitle;
    private final Display display;

    /** @param file the file a failure names; {@code errorTitle} is its dialog's title */
    protected FileJob(String name, Path file, String errorTitle, Display display) {
        super(name);
        this.file = file;
        this.errorTitle = errorTitle;
        this.display = display;
        setUser(true);
        // the job shows its own dialog on failure; the workbench's second one would say less
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    /**
     * Does the job's work, reporting to {@code progress}, whose {@link SubMonitor#split} throws
     * {@link OperationCanceledException} once the user cancels.
     */
    protected abstract void work(SubMonitor progress)
            throws IOException, AllocationLogFormatException, InterruptedException;

    /** The display, for handing results to the UI thread. */
    protected final Display display() {
        return display;
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        IStatus result;
        try {
            work(SubMonitor.convert(monitor, getName(), 100));
            result = Status.OK_STATUS;
        } catch (OperationCanceledException | InterruptedException e) {
            result = Status.CANCEL_STATUS;
        } catch (IOException | AllocationLogFormatException | RuntimeException e) {
            String message = describe(e);
            display.asyncExec(() -> TraceErrors.show(display, errorTitle, message));
            result = Status.error(message, e);
        } finally {
            monitor.done();
        }
        return result;
    }

    /** An I/O error with its offset, a bad log row with its line, anything else after the file's name. */
    private String describe(Exception e) {
        if (e instanceof IOException io) {
            return TraceErrors.describe(file, io);
        }
        if (e instanceof AllocationLogFormatException) {
            return e.getMessage();
        }
        return file + ": " + (e.getMessage() != null ? e.getMessage() : e.toString());
    }
}
