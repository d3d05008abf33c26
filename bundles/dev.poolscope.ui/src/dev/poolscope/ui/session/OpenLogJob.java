package dev.poolscope.ui.session;

import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.AllocationLogFormatException;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogRecording;
import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.workload.PoolSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;

/**
 * Opens an allocation log in the background: reads it whole, replays it through the chosen pool
 * into a trace file ({@link LogRecording}), with progress and cancel, then hands that file to
 * {@code recorded}, which opens it as any trace. A log that cannot be read or is badly formed is
 * named in an error dialog (with the line, for a bad row); nothing is opened and the trace open
 * before stays open.
 */
public final class OpenLogJob extends FileJob {

    /** The dialog title when a log cannot be opened. */
    public static final String ERROR_TITLE = "Cannot open allocation log";

    private final Path log;
    private final PoolSpec spec;
    private final Path trace;
    private final Consumer<Path> recorded;

    /**
     * @param trace    the trace file to record the replay into
     * @param recorded called with {@code trace} on this job's thread once it is whole
     */
    public OpenLogJob(Path log, PoolSpec spec, Path trace, Consumer<Path> recorded, Display display) {
        super("Replaying allocation log " + log.getFileName(), log, ERROR_TITLE, display);
        this.log = log;
        this.spec = spec;
        this.trace = trace;
        this.recorded = recorded;
    }

    @Override
    protected void work(SubMonitor progress) throws IOException, AllocationLogFormatException, InterruptedException {
        progress.setWorkRemaining(2);
        progress.subTask("reading the log");
        AllocationLog rows = AllocationLogReader.read(log);
        progress.split(1);
        progress.subTask("replaying it through " + spec.algorithm().describe() + " into " + trace.getFileName());
        SubMonitor replay = progress.split(1);
        createFolderOf(trace);
        replay.setWorkRemaining(rows.operations() / LogRecording.REPORT_EVERY + 1);
        // a cancel throws from split at the next report; the recording then keeps nothing
        LogRecording.record(rows, spec, trace, done -> replay.split(1));
        recorded.accept(trace);
    }

    /** The user's trace folder is made at the first log (or recording) opened. */
    private static void createFolderOf(Path file) throws FileOperationException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw FileOperationException.of("create the folder of", file, e);
        }
    }
}
