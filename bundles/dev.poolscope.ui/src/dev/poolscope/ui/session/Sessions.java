package dev.poolscope.ui.session;

import dev.poolscope.model.ReplayModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;

/**
 * The workbench's one open trace and the event every view shows: live mode while no trace is
 * open. Used on the UI thread only; listeners are told in the order they were added.
 */
public final class Sessions {

    private static final Sessions WORKBENCH = new Sessions();

    // copy-on-write: a listener may remove itself (its view closing) while being told
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private TraceSession current;
    private long seq;

    /** Sessions of a workbench: tests make their own. */
    public Sessions() {
    }

    /** The workbench's sessions. */
    public static Sessions workbench() {
        return WORKBENCH;
    }

    /** The open trace, or empty in live mode. */
    public Optional<TraceSession> current() {
        return Optional.ofNullable(current);
    }

    /** The event the views show; meaningful only while a trace is open. */
    public long seq() {
        return seq;
    }

    /**
     * Shows {@code session} from event {@code startSeq} (clamped to the trace), closing the trace
     * open before.
     */
    public void open(TraceSession session, long startSeq) {
        long start;
        try {
            start = existing(session, clamp(session, startSeq)); // may throw: nothing is changed yet
        } catch (IOException e) {
            throw new UncheckedIOException(TraceErrors.describe(session.file(), e), e);
        }
        TraceSession previous = current;
        current = session;
        seq = start;
        closeQuietly(previous);
        listeners.forEach(listener -> listener.sessionChanged(Optional.of(session)));
        listeners.forEach(listener -> listener.seqChanged(session, seq));
    }

    /** Closes the open trace, if any, and goes back to live mode. */
    public void close() {
        if (current != null) {
            TraceSession closing = current;
            current = null;
            closeQuietly(closing);
            listeners.forEach(listener -> listener.sessionChanged(Optional.empty()));
        }
    }

    /**
     * Moves every view to event {@code target}, clamped to the open trace, or to the last event
     * before it where the trace has none (a trace cut short can have gaps); nothing in live mode.
     * All or nothing: when the trace cannot be read to find that event, or a view cannot show it,
     * every view stays on (or goes back to) the event shown before, and a dialog names the file
     * and the byte offset.
     */
    public void seek(long target) {
        if (current == null) {
            return;
        }
        long found;
        try {
            found = existing(current, clamp(current, target));
        } catch (IOException e) {
            TraceErrors.showStepFailure(current.file(), e, seq);
            return;
        }
        if (found != seq) {
            moveTo(found);
        }
    }

    /** Tells every listener that the views show {@code next}; if one cannot, those told go back. */
    private void moveTo(long next) {
        long before = seq;
        seq = next;
        List<SessionListener> told = new ArrayList<>();
        try {
            for (SessionListener listener : listeners) {
                told.add(listener); // the failing one too: it may have shown part of the new event
                listener.seqChanged(current, next);
            }
        } catch (RuntimeException e) {
            seq = before;
            told.forEach(listener -> moveBack(listener, before));
            if (!(e instanceof UncheckedIOException unreadable)) {
                throw e; // a bug, not the trace: the views are back, the workbench reports it
            }
            TraceErrors.showStepFailure(current.file(), unreadable.getCause(), before);
        }
    }

    /** Puts one listener back on {@code seq}, which it showed a moment ago (the model keeps that state). */
    private void moveBack(SessionListener listener, long seq) {
        try {
            listener.seqChanged(current, seq);
        } catch (RuntimeException e) {
            // the trace is damaged where it was readable before: one dialog is enough, the log has the rest
            ILog.of(Sessions.class).error("cannot show event " + seq + " of " + current.file() + " again", e);
        }
    }

    /** Tells {@code listener} of every change from now on. */
    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    private static long clamp(TraceSession session, long target) {
        return Math.max(session.model().firstSeq(), Math.min(session.model().lastSeq(), target));
    }

    private static long existing(TraceSession session, long seq) throws IOException {
        ReplayModel model = session.model();
        return model.eventAt(seq).isPresent() ? seq : model.previousEvent(seq).orElse(model.firstSeq());
    }

    private static void closeQuietly(TraceSession session) {
        if (session != null) {
            try {
                session.close();
            } catch (IOException e) {
                // only a read handle is released: nothing the user could lose, so it is logged, not shown
                ILog.of(Sessions.class).warn("closing " + session.file() + " failed", e);
            }
        }
    }
}
