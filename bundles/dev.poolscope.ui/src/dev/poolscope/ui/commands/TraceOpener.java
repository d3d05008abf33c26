package dev.poolscope.ui.commands;

import dev.poolscope.ui.session.OpenTraceJob;
import dev.poolscope.ui.session.Sessions;

import java.nio.file.Path;
import java.util.OptionalLong;

import org.eclipse.swt.widgets.Display;

/** Opens a trace file in the workbench, in the background: the one place that starts an {@link OpenTraceJob}. */
public final class TraceOpener {

    /** Events between the replay model's checkpoints: 0 is the model's default for the trace's pool. */
    private static final int CHECKPOINT_INTERVAL = 0;

    private TraceOpener() {
    }

    /** Starts opening {@code file} at its first event; the returned job is already scheduled. */
    public static OpenTraceJob open(Path file, Display display) {
        OpenTraceJob job = new OpenTraceJob(file, CHECKPOINT_INTERVAL, trace -> OptionalLong.empty(),
                Sessions.workbench(), display);
        job.schedule();
        return job;
    }
}
