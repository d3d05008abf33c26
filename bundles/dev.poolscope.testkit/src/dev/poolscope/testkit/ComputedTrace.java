package dev.poolscope.testkit;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;

/**
 * A trace of events {@code 0..eventCount()-1} computed from their numbers as cursors reach them,
 * never stored: a trace of any length in constant memory, to exercise the readers (replay model,
 * series, timeline) at scale. A subclass says what its header is and what event each number is.
 */
public abstract class ComputedTrace implements Trace {

    private final long events;

    protected ComputedTrace(long events) {
        this.events = events;
    }

    /** Event {@code seq}, {@code 0 <= seq < eventCount()}; called once for each event a cursor hands out. */
    protected abstract Event eventAt(long seq);

    @Override
    public final long eventCount() {
        return events;
    }

    @Override
    public final long lastSeq() {
        return events - 1;
    }

    @Override
    public final EventCursor from(long fromSeq) {
        return new EventCursor() {
            private long seq = Math.max(0, fromSeq);

            @Override
            public Event next() {
                return seq < events ? eventAt(seq++) : null;
            }

            @Override
            public void close() {
                // nothing is held
            }
        };
    }

    @Override
    public final void close() {
        // nothing is held
    }
}
