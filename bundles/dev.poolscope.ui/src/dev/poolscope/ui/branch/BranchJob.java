package dev.poolscope.ui.branch;

import dev.poolscope.trace.branch.BranchException;
import dev.poolscope.trace.branch.BranchPoint;
import dev.poolscope.trace.branch.Branching;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.ui.record.RecordRunJob;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceErrors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.progress.IProgressConstants;

/**
 * Branch Here, in the background: finds the branch point (re-running the trace's run up to the
 * event), asks on the UI thread which thread takes the next step and where the branch goes
 * ({@link BranchDialog}, or whatever {@code ask} answers in a test), then plans the branch and
 * records it with a {@link RecordRunJob}, which opens it beside its parent. A trace that cannot be
 * branched there is said so in a dialog titled {@value #ERROR_TITLE}, naming the file and why; Cancel
 * stops the run being made again.
 */
public final class BranchJob extends Job {

    /** The dialog title when the trace cannot be branched. */
    public static final String ERROR_TITLE = "Cannot branch";

    /** What the user chose: the thread and the branch's file; null when they cancelled. */
    public record Choice(int thread, Path output) {
    }

    private final Path trace;
    private final long event;
    private final int checkpointInterval;
    private final Sessions sessions;
    private final Display display;
    private final Function<BranchPoint, Choice> ask;
    private final Function<String, Scenario> scenarios;

    /**
     * @param ask       answers on the UI thread for a branch point with a thread that could take the step,
     *                  or null to cancel
     * @param scenarios the scenario a trace names, on this job's thread ({@link ScenarioLookup})
     */
    public BranchJob(Path trace, long event, int checkpointInterval, Sessions sessions, Display display,
            Function<BranchPoint, Choice> ask, Function<String, Scenario> scenarios) {
        super(String.format(Locale.ROOT, "Branching %s after event %,d", trace.getFileName(), event));
        this.trace = trace;
        this.event = event;
        this.checkpointInterval = checkpointInterval;
        this.sessions = sessions;
        this.display = display;
        this.ask = ask;
        this.scenarios = scenarios;
        setUser(true);
        setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
    }

    /** The file a branch of {@code parent} after {@code event} by {@code thread} is recorded to unless the user says another. */
    public static Path suggestedOutput(Path parent, long event, int thread) {
        String stem = parent.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return parent.toAbsolutePath().resolveSibling(stem + "-branch-" + event + "-T" + thread + ".pstrace");
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            Branching branching = new Branching(scenarios);
            BranchPoint point;
            monitor.subTask("running the trace's run again up to the event");
            try (TraceFile file = TraceFile.open(trace)) {
                point = branching.at(trace, file, event);
            }
            if (point.alternatives().isEmpty()) {
                return failed(trace + ": nothing to branch: " + point.describe() + ".");
            }
            Choice[] chosen = new Choice[1];
            display.syncExec(() -> chosen[0] = ask.apply(point));
            if (chosen[0] == null) {
                return Status.CANCEL_STATUS;
            }
            monitor.subTask("planning the branch");
            RunPlan plan = branching.plan(point, chosen[0].thread());
            new RecordRunJob(plan, chosen[0].output(), checkpointInterval, sessions, display).schedule();
            return Status.OK_STATUS;
        } catch (BranchException e) {
            return failed(e.getMessage());
        } catch (IOException e) {
            // a read that Cancel's interrupt stopped is a cancel, not a damaged file
            return monitor.isCanceled() ? Status.CANCEL_STATUS : failed(TraceErrors.describe(trace, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** Cancel interrupts the job's thread: the run made again stops at its next step. */
    @Override
    protected void canceling() {
        Thread thread = getThread();
        if (thread != null) {
            thread.interrupt();
        }
    }

    private IStatus failed(String message) {
        display.asyncExec(() -> TraceErrors.show(display, ERROR_TITLE, message));
        return Status.error(message);
    }
}
