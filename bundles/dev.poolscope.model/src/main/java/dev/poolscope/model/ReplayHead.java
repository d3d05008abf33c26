package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;

import java.io.IOException;
import java.util.Optional;

/**
 * The replay kept at the event the last query asked for, and moved from there: a step of the
 * workbench asks for a neighbour of the event it shows, so the next query is usually a few events
 * away. The head keeps its {@link ReplayState}, the cursor it reads on with, and an
 * {@link EventWindow} of the last {@value #WINDOW} events it read. A move forward applies the
 * events up to the target, the ones read ahead first; a move back undoes the events after the
 * target, which is exact because a replay writes by XOR (its own inverse) and avail by deltas (see
 * {@link ReplayState}), and each undone event puts its thread back where the window says it was.
 * A move that would replay more than from the target's checkpoint (a target in a later interval,
 * or behind the window) restores that checkpoint instead, as every seek did before: so a move
 * replays at most as many events as the checkpoint interval, and a step costs a few events.
 *
 * <p>Not thread-safe: the model's queries hold the head's monitor while they move and read it. A
 * read that fails leaves the head empty, so that the next move starts again from a checkpoint
 * with a new cursor. Memory: the window's events and their threads' positions before them, about
 * 130 bytes an event (130 KB), however long the trace.
 */
final class ReplayHead {

    /**
     * Events the window holds: a step back of up to this many events is an undo, and a walk back by
     * steps restores a checkpoint once every this many steps. Its columns are allocated with the
     * model, so they count in its heap (about 0.05 bytes per event of a 1M-event trace).
     */
    static final int WINDOW = 1024;

    private final Trace trace;
    private final PoolGeometry geometry;
    private final Checkpoints checkpoints;
    private final EventWindow window = new EventWindow(WINDOW);
    /** The replay up to the head's event; null until the first move, and after a read failed. */
    private ReplayState state;
    /** Reads the events after the window's last; null when it has returned the last. */
    private EventCursor cursor;

    ReplayHead(Trace trace, PoolGeometry geometry, Checkpoints checkpoints) {
        this.trace = trace;
        this.geometry = geometry;
        this.checkpoints = checkpoints;
    }

    /** Moves to the state after event {@code target}: after the last event before it, when the trace has no event {@code target}. */
    void moveTo(long target) throws IOException {
        Checkpoint checkpoint = checkpoints.get(checkpoints.indexAtOrBefore(target));
        try {
            boolean near = state != null
                    && (target >= state.seq() ? state.seq() >= checkpoint.seq() : window.reaches(target));
            if (!near) {
                restore(checkpoint);
            }
            for (Event last = window.lastApplied(); last != null && last.seq() > target; last = window.lastApplied()) {
                state.undo(last, window.positions(), window.lastAppliedSlot(), window.seqBeforeLastApplied());
                window.undone();
            }
            applyUnheld(target - WINDOW);
            for (Event event = next(); event != null && event.seq() <= target; event = next()) {
                advance();
            }
        } catch (IOException | RuntimeException e) {
            discardAfter(e);
            throw e;
        }
    }

    /** The event after the head's, read ahead; null after the last event. */
    Event next() throws IOException {
        Event event = window.readAhead();
        if (event == null) {
            event = read();
            if (event != null) {
                window.add(event);
            }
        }
        return event;
    }

    /**
     * Applies the events up to {@code seq} without holding them, when none is read ahead. The
     * window holds at most {@value #WINDOW} events, so a move to {@code seq + }{@value #WINDOW}
     * would drop them before it ends (in a trace without gaps; with gaps, the window just reaches
     * less far back), and a seek replays most of its events at the cost it had before there was
     * a window. The window then starts after the last of them; the first event after {@code seq}
     * is read ahead.
     */
    private void applyUnheld(long seq) throws IOException {
        if (window.readAhead() == null) {
            Event event = read();
            while (event != null && event.seq() <= seq) {
                state.apply(event);
                window.reset(event.seq());
                event = read();
            }
            if (event != null) {
                window.add(event);
            }
        }
    }

    /** The next event from the cursor, or null after the last (the cursor is then closed). */
    private Event read() throws IOException {
        Event event = null;
        if (cursor != null) {
            try {
                event = cursor.next();
            } catch (IOException | RuntimeException e) {
                discardAfter(e);
                throw e;
            }
            if (event == null) {
                cursor.close();
                cursor = null;
            }
        }
        return event;
    }

    /** Applies the event {@link #next()} returned. */
    void advance() {
        Event event = window.readAhead();
        state.saveThread(event.thread(), window.positions(), window.readAheadSlot());
        state.apply(event);
        window.applied();
    }

    /** The last event applied: the head's event, or the checkpoint's it started from (-1 before the first). */
    long seq() {
        return state.seq();
    }

    /** The last event of {@code thread} at or before the head's, or -1. */
    long lastEventOf(int thread) {
        return state.lastSeqOf(thread);
    }

    PoolState snapshot() {
        return state.snapshot();
    }

    /** Event {@code seq}: from the window when it covers the seq, else read through a cursor of its own. */
    Optional<Event> eventAt(long seq) throws IOException {
        if (window.covers(seq)) {
            return window.find(seq);
        }
        try (EventCursor reader = trace.from(seq)) {
            Event event = reader.next();
            return event != null && event.seq() == seq ? Optional.of(event) : Optional.empty();
        }
    }

    private void restore(Checkpoint checkpoint) throws IOException {
        discard();
        cursor = trace.from(checkpoint.seq() + 1);
        state = ReplayState.restore(geometry, checkpoint);
        window.reset(checkpoint.seq());
    }

    /** Empties the head after {@code failure}, so that the next move starts again from a checkpoint with a new cursor. */
    private void discardAfter(Exception failure) {
        try {
            discard();
        } catch (IOException closing) {
            failure.addSuppressed(closing);
        }
    }

    private void discard() throws IOException {
        state = null;
        window.reset(-1);
        if (cursor != null) {
            EventCursor closing = cursor;
            cursor = null;
            closing.close();
        }
    }
}
