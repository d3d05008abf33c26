package dev.poolscope.ui.commands;

import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.session.OpenTraceJob;
import dev.poolscope.ui.session.Sessions;

import java.nio.file.Path;
import java.util.OptionalLong;

import org.eclipse.swt.widgets.Display;

/**
 * Opens a trace file in the workbench, in the background: the one place that starts an {@link OpenTraceJob}
 * (for File &gt; Open Trace, Recent Traces and a trace named at launch), with the checkpoint interval the
 * user set under Window &gt; Preferences.
 */
public final class TraceOpener {

    private TraceOpener() {
    }

    /** Starts opening {@code file} at its first event; the returned job is already scheduled. */
    public static OpenTraceJob open(Path file, Display display) {
        OpenTraceJob job = new OpenTraceJob(file, PoolscopePreferences.checkpointInterval(),
                trace -> OptionalLong.empty(), Sessions.workbench(), display);
        job.schedule();
        return job;
    }
}
