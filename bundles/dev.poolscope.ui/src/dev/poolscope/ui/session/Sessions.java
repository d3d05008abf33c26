package dev.poolscope.ui.session;

import dev.poolscope.model.ReplayModel;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        long start = existing(session, clamp(session, startSeq)); // may throw: nothing is changed yet
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
     *
     * @throws UncheckedIOException when the trace cannot be read to find that event
     */
    public void seek(long target) {
        if (current != null) {
            long found = existing(current, clamp(current, target));
            if (found != seq) {
                seq = found;
                listeners.forEach(listener -> listener.seqChanged(current, seq));
            }
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

    private static long existing(TraceSession session, long seq) {
        try {
            ReplayModel model = session.model();
            return model.eventAt(seq).isPresent() ? seq : model.previousEvent(seq).orElse(model.firstSeq());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + session.file() + " near event " + seq, e);
        }
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
