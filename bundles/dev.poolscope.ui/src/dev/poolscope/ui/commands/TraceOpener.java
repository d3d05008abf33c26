package dev.poolscope.ui.commands;

import dev.poolscope.analysis.log.LogFiles;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.trace.run.TraceFiles;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.session.OpenLogJob;
import dev.poolscope.ui.session.OpenTraceJob;
import dev.poolscope.ui.session.Sessions;
import dev.poolscope.ui.session.TraceErrors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Opens a trace file in the workbench, in the background: the one place that starts an {@link OpenTraceJob}
 * (for File &gt; Open, Recent Traces and a file named at launch), with the checkpoint interval the
 * user set under Window &gt; Preferences. An allocation log is first replayed into a trace in the
 * user's trace folder ({@link OpenLogJob}); once that trace has opened, Recent Traces lists the log
 * in its place, so reopening it asks for the pool and algorithm again.
 */
public final class TraceOpener {

    private TraceOpener() {
    }

    /**
     * Starts opening {@code file} at its first event, a branch at its branch point after asking
     * whether its parent opens beside it; the returned job is already scheduled.
     */
    public static OpenTraceJob open(Path file, Display display) {
        OpenTraceJob job = new OpenTraceJob(file, PoolscopePreferences.checkpointInterval(),
                trace -> trace.header().origin().map(origin -> OptionalLong.of(origin.event())).orElse(OptionalLong.empty()),
                Sessions.workbench(), display).withParents(new AskForParent(display));
        job.schedule();
        return job;
    }

    /**
     * Starts replaying the allocation log {@code log} through {@code spec} into a trace and opening
     * it; the returned job (the replay's) is already scheduled.
     */
    public static OpenLogJob openLog(Path log, PoolSpec spec, Display display) {
        Path absolute = log.toAbsolutePath().normalize();
        String stem = absolute.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        OpenLogJob job = new OpenLogJob(absolute, spec, TraceFiles.newFile("log-" + stem),
                trace -> open(trace, display).addJobChangeListener(listedAs(trace, absolute, display)), display);
        job.schedule();
        return job;
    }

    /**
     * Starts opening {@code file} whatever it is, asking nothing: a trace as {@link #open}, an allocation
     * log ({@link LogFiles#isAllocationLog}) replayed through the default pool with first-fit (as a file
     * named at launch is opened). A file that cannot be read is named in an error dialog.
     */
    public static void openAny(Path file, Display display) {
        try {
            if (LogFiles.isAllocationLog(file)) {
                openLog(file, LogPoolText.DEFAULT_POOL, display);
            } else {
                open(file, display);
            }
        } catch (IOException e) {
            TraceErrors.show(display, OpenTraceJob.ERROR_TITLE, TraceErrors.describe(file, e));
        }
    }

    /** Once the log's trace has opened: Recent Traces names the log, not the trace made from it. */
    private static JobChangeAdapter listedAs(Path trace, Path log, Display display) {
        return new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK()) {
                    // after the session's own asyncExec, which listed the trace: this one comes later
                    display.asyncExec(() -> RecentTraces.workbench().replace(trace, log));
                }
            }
        };
    }
}
