package dev.poolscope.model;

import dev.poolscope.trace.Event;

import java.util.Optional;

/**
 * The last events a {@link ReplayHead} read, in seq order, at most a fixed number: those it has
 * applied, each with its thread's position before it (in a slot of {@link #positions()}) so that
 * it can be undone, then at most one read ahead and not applied yet. It holds every event with a
 * seq after the base and up to the last one held: the head reads them one after another from one
 * cursor that starts after the base, and when full drops the oldest, which moves the base up to
 * that event. The base is the state the window starts from, so the head can undo its way back to
 * any seq at or after it.
 */
final class EventWindow {

    private final Event[] events;
    private final PositionColumns before;
    /** The ring index of the oldest event. */
    private int start;
    private int size;
    /** The oldest {@code applied} events are applied; the rest, at most one, is read ahead. */
    private int applied;
    private long baseSeq;

    EventWindow(int capacity) {
        events = new Event[capacity];
        before = new PositionColumns(capacity);
    }

    /** Empties the window for a replay that starts from the state after event {@code seq} (-1: before the first). */
    void reset(long seq) {
        for (int i = 0; i < size; i++) {
            events[ring(i)] = null;
        }
        start = 0;
        size = 0;
        applied = 0;
        baseSeq = seq;
    }

    /** Whether the applied events reach back to the state after {@code seq}: an undo goes no further back than the base. */
    boolean reaches(long seq) {
        return seq >= baseSeq;
    }

    /** The event read ahead, or null when every event held is applied. */
    Event readAhead() {
        return applied < size ? events[ring(applied)] : null;
    }

    /** Adds the next event read, not applied yet; only when every event held is applied. */
    void add(Event event) {
        if (size == events.length) {
            baseSeq = events[start].seq();
            events[start] = null;
            start = ring(1);
            size--;
            applied--;
        }
        events[ring(size++)] = event;
    }

    /** The slots of the thread positions before the events held. */
    PositionColumns positions() {
        return before;
    }

    /** The slot of the event read ahead: where its thread's position before it goes. */
    int readAheadSlot() {
        return ring(applied);
    }

    /** Marks the event read ahead applied, its thread's position saved in its slot. */
    void applied() {
        applied++;
    }

    /** The last event applied, or null when none is held. */
    Event lastApplied() {
        return applied > 0 ? events[ring(applied - 1)] : null;
    }

    /** The slot of the last event applied. */
    int lastAppliedSlot() {
        return ring(applied - 1);
    }

    /** The seq of the state before the last event applied: the event applied before it, or the base. */
    long seqBeforeLastApplied() {
        return applied > 1 ? events[ring(applied - 2)].seq() : baseSeq;
    }

    /** Marks the last event applied as read ahead again, once the head has undone it. */
    void undone() {
        applied--;
    }

    /**
     * Whether the window can tell whether the trace has event {@code seq}: a seq after the base and
     * at or before the last event held.
     */
    boolean covers(long seq) {
        return size > 0 && seq > baseSeq && seq <= events[ring(size - 1)].seq();
    }

    /** Event {@code seq} of a seq the window {@link #covers}; empty when the trace has no such event. */
    Optional<Event> find(long seq) {
        int low = 0;
        int high = size - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = events[ring(middle)].seq();
            if (found < seq) {
                low = middle + 1;
            } else if (found > seq) {
                high = middle - 1;
            } else {
                return Optional.of(events[ring(middle)]);
            }
        }
        return Optional.empty();
    }

    private int ring(int index) {
        int ring = start + index;
        return ring < events.length ? ring : ring - events.length;
    }
}
