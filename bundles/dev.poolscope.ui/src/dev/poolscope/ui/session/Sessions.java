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
 * The workbench's open trace and the event every view shows: live mode while no trace is open. A
 * branch can be open with its parent beside it: the two are aligned by event (the branch's events
 * up to its branch point are the parent's), each view shows the one it {@link SessionListener#shows()},
 * and the parent shows its event of the same seq, or the last before it, or its last. Used on the
 * UI thread only; listeners are told in the order they were added.
 */
public final class Sessions {

    private static final Sessions WORKBENCH = new Sessions();

    // copy-on-write: a listener may remove itself (its view closing) while being told
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private TraceSession current;
    private TraceSession parent;
    private long seq;
    private long parentSeq;

    /** Sessions of a workbench: tests make their own. */
    public Sessions() {
    }

    /** The workbench's sessions. */
    public static Sessions workbench() {
        return WORKBENCH;
    }

    /** The open trace (the branch, when its parent is beside it), or empty in live mode. */
    public Optional<TraceSession> current() {
        return Optional.ofNullable(current);
    }

    /** The parent open beside the current trace, if any. */
    public Optional<TraceSession> parent() {
        return Optional.ofNullable(parent);
    }

    /** The trace a view that shows {@code choice} shows: the parent only while one is open. */
    public Optional<TraceSession> shown(TraceChoice choice) {
        return choice == TraceChoice.PARENT && parent != null ? parent() : current();
    }

    /** The event the views show; meaningful only while a trace is open. */
    public long seq() {
        return seq;
    }

    /** The event {@code session}, the current trace or its parent, shows now. */
    public long seqIn(TraceSession session) {
        return session == parent ? parentSeq : seq;
    }

    /**
     * Shows {@code session} from event {@code startSeq} (clamped to the trace), closing the traces
     * open before.
     */
    public void open(TraceSession session, long startSeq) {
        show(session, null, startSeq);
    }

    /**
     * Shows {@code branch} from event {@code startSeq} with {@code parent} beside it, aligned by
     * event, closing the traces open before.
     */
    public void openBeside(TraceSession branch, TraceSession parent, long startSeq) {
        show(branch, parent, startSeq);
    }

    private void show(TraceSession session, TraceSession beside, long startSeq) {
        long start;
        long besideStart;
        try {
            start = existing(session, clamp(session, startSeq)); // may throw: nothing is changed yet
            besideStart = beside == null ? 0 : aligned(beside, start);
        } catch (IOException e) {
            throw new UncheckedIOException(TraceErrors.describe(session.file(), e), e);
        }
        TraceSession previous = current;
        TraceSession previousParent = parent;
        current = session;
        parent = beside;
        seq = start;
        parentSeq = besideStart;
        closeQuietly(previous);
        closeQuietly(previousParent);
        listeners.forEach(listener -> listener.sessionChanged(shown(listener.shows())));
        listeners.forEach(this::tellSeq);
    }

    /** Closes the open traces, if any, and goes back to live mode. */
    public void close() {
        if (current != null) {
            TraceSession closing = current;
            TraceSession closingParent = parent;
            current = null;
            parent = null;
            closeQuietly(closing);
            closeQuietly(closingParent);
            listeners.forEach(listener -> listener.sessionChanged(Optional.empty()));
        }
    }

    /** Tells {@code listener} again of the trace it shows and its event: its choice of trace changed. */
    public void retell(SessionListener listener) {
        listener.sessionChanged(shown(listener.shows()));
        if (current != null) {
            tellSeq(listener);
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
        long foundInParent;
        try {
            found = existing(current, clamp(current, target));
        } catch (IOException e) {
            TraceErrors.showStepFailure(current.file(), e, seq);
            return;
        }
        try {
            foundInParent = parent == null ? 0 : aligned(parent, found);
        } catch (IOException e) {
            TraceErrors.showStepFailure(parent.file(), e, parentSeq);
            return;
        }
        if (found != seq || parent != null && foundInParent != parentSeq) {
            moveTo(found, foundInParent);
        }
    }

    /** Tells every listener that the views show {@code next}; if one cannot, those told go back. */
    private void moveTo(long next, long nextInParent) {
        long before = seq;
        long beforeInParent = parentSeq;
        seq = next;
        parentSeq = nextInParent;
        List<SessionListener> told = new ArrayList<>();
        try {
            for (SessionListener listener : listeners) {
                told.add(listener); // the failing one too: it may have shown part of the new event
                tellSeq(listener);
            }
        } catch (RuntimeException e) {
            seq = before;
            parentSeq = beforeInParent;
            told.forEach(this::moveBack);
            if (!(e instanceof UncheckedIOException unreadable)) {
                throw e; // a bug, not the trace: the views are back, the workbench reports it
            }
            TraceErrors.showStepFailure(current.file(), unreadable.getCause(), before);
        }
    }

    private void tellSeq(SessionListener listener) {
        TraceSession shown = shown(listener.shows()).orElseThrow();
        listener.seqChanged(shown, seqIn(shown));
    }

    /** Puts one listener back on the event it showed a moment ago (the model keeps that state). */
    private void moveBack(SessionListener listener) {
        try {
            tellSeq(listener);
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

    /** The parent's event aligned with the branch's event {@code seq}. */
    private static long aligned(TraceSession parent, long seq) throws IOException {
        return existing(parent, clamp(parent, seq));
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
