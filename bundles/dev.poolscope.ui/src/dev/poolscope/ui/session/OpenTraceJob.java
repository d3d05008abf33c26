package dev.poolscope.ui.session;

import dev.poolscope.analysis.OpenedTrace;
import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.ReadProgress;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.scenario.EventFinder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;

/**
 * Opens a trace file in the background: checks the file's blocks, then builds its replay model, chart series
 * and timeline overview in one read of it ({@link OpenedTrace}), which also checks every event, with progress
 * and cancel, then shows it in every view from its first event (or from the first
 * interesting one that a scenario's finder names). A branch opens with its parent beside it when
 * its {@link ParentPolicy} says so. A file that cannot be opened is named in an error dialog, and the
 * trace open before stays open.
 */
public final class OpenTraceJob extends FileJob {

    /** The dialog title when opening fails. */
    public static final String ERROR_TITLE = "Cannot open trace";

    /** The progress bar's shares of the blocks' check and of the one pass: the check takes a few per cent of the open. */
    private static final int CHECK_SHARE = 1;
    private static final int PASS_SHARE = 19;

    private final Path file;
    private final int checkpointInterval;
    private final EventFinder startAt;
    private final Sessions sessions;
    private ParentPolicy parents = ParentPolicy.NONE;

    /**
     * @param checkpointInterval events between the model's checkpoints, or 0 for the default for the trace's pool
     * @param startAt            finds the event to show first; {@code trace -> OptionalLong.empty()} for the first event
     */
    public OpenTraceJob(Path file, int checkpointInterval, EventFinder startAt, Sessions sessions, Display display) {
        super("Opening trace " + file.getFileName(), file, ERROR_TITLE, display);
        this.file = file;
        this.checkpointInterval = checkpointInterval;
        this.startAt = startAt;
        this.sessions = sessions;
    }

    /** Opens a branch beside the parent {@code policy} names, if it names one; alone by default. */
    public OpenTraceJob withParents(ParentPolicy policy) {
        parents = policy;
        return this;
    }

    @Override
    protected void work(SubMonitor progress) throws IOException {
        progress.setWorkRemaining(2);
        TraceSession session = open(file, progress.split(1));
        long start = startOf(session);
        Optional<Path> parent = session.model().header().origin().flatMap(origin -> parents.parentOf(file, origin));
        if (parent.isEmpty()) {
            display().asyncExec(() -> sessions.open(session, start));
            return;
        }
        TraceSession beside = null;
        try {
            beside = open(parent.get(), progress.split(1));
        } catch (IOException e) {
            throw FileOperationException.of("open", parent.get(), "the parent of the branch " + file.getFileName(), e);
        } finally {
            if (beside == null) {
                session.close();
            }
        }
        TraceSession parentSession = beside;
        display().asyncExec(() -> sessions.openBeside(session, parentSession, start));
    }

    private TraceSession open(Path path, SubMonitor progress) throws IOException {
        // the blocks' check reads headers and checksums, a small share of the time the pass takes
        progress.setWorkRemaining(CHECK_SHARE + PASS_SHARE);
        progress.subTask("checking the file's blocks");
        TraceFile trace = TraceFile.openForFullRead(path); // the one pass below checks every event
        TraceSession session = null;
        try {
            int reports = ReadProgress.reports(trace.eventCount());
            progress.split(CHECK_SHARE);
            progress.subTask("reading the trace: replay model, chart series, timeline lanes");
            int interval = checkpointInterval > 0 ? checkpointInterval
                    : ReplayModel.defaultCheckpointInterval(trace.header());
            OpenedTrace opened = OpenedTrace.read(trace, interval, tick(progress.split(PASS_SHARE), reports));
            session = new TraceSession(path, trace, opened.model(), opened.series(), opened.lanes(),
                    trace.damageSummary());
        } finally {
            if (session == null) {
                trace.close(); // failed or cancelled: nothing stays open
            }
        }
        return session;
    }

    /** The event to show first; a failed search closes the session, which nobody else holds yet. */
    private long startOf(TraceSession session) throws IOException {
        try {
            return startAt.firstIn(session.trace()).orElse(session.model().firstSeq());
        } catch (IOException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** One unit of work per report; {@link SubMonitor#split} throws at the next report once the user cancels. */
    private static LongConsumer tick(SubMonitor step, int reports) {
        step.setWorkRemaining(reports);
        return eventsRead -> step.split(1);
    }
}
