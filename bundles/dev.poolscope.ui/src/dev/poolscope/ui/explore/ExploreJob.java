package dev.poolscope.ui.explore;

import dev.poolscope.trace.explore.ExploreInput;
import dev.poolscope.trace.explore.ExploreOptions;
import dev.poolscope.trace.explore.ExploreResult;
import dev.poolscope.trace.explore.Explorer;
import dev.poolscope.ui.session.TraceErrors;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Explores in the background, the executions so far in the progress text. Cancel stops it after
 * the execution in progress; what was found up to there still goes to {@code done} (on the UI
 * thread), marked incomplete. A failure ends in one error dialog naming the input.
 */
public final class ExploreJob extends Job {

    /** The dialog title when an exploration fails. */
    public static final String ERROR_TITLE = "Exploration failed";

    private final ExploreInput input;
    private final ExploreOptions options;
    private final Display display;
    private final Consumer<ExploreResult> done;

    public ExploreJob(ExploreInput input, ExploreOptions options, Display display, Consumer<ExploreResult> done) {
        super("Exploring every schedule of " + input.name());
        this.input = input;
        this.options = options;
        this.display = display;
        this.done = done;
        setUser(true);
        // the job shows its own dialog on failure; the workbench's second one would say less
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            ExploreResult result = new Explorer(input, options).explore(executions -> {
                monitor.subTask(executions + " executions");
                return !monitor.isCanceled();
            });
            display.asyncExec(() -> done.accept(result));
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            String message = input.name() + ": " + (e.getMessage() != null ? e.getMessage() : e.toString());
            display.asyncExec(() -> TraceErrors.show(display, ERROR_TITLE, message));
            return Status.error(message, e);
        } finally {
            monitor.done();
        }
    }
}
