package dev.poolscope.trace.branch;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;

import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * A re-run's probe that holds each event the run makes against the trace's event of the same seq,
 * up to a last seq: the first that differs (or that the trace cannot give) is kept, and the
 * comparing stops there. Events come one at a time, in seq order: the controlled scheduler runs one
 * thread at a time, each handing the turn to the next (a happens-before edge), so no two calls overlap.
 */
final class PrefixCheck extends EventProbe {

    private final EventCursor trace;
    private final long last;
    private final LongSupplier clock;
    private long seq;
    private String difference;

    /**
     * @param trace the trace's events from seq 0
     * @param last  the last seq to compare
     * @param clock the re-run's step clock: each event's time
     */
    PrefixCheck(EventCursor trace, long last, LongSupplier clock) {
        this.trace = trace;
        this.last = last;
        this.clock = clock;
    }

    @Override
    protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
        long at = seq++;
        if (difference != null || at > last) {
            return;
        }
        Event made = new Event(at, threadIds().current(), clock.getAsLong(), chunk, kind, p0, p1, p2, p3, p4);
        try {
            Event recorded = trace.next();
            if (!made.equals(recorded)) {
                difference = "event " + at + " is '" + recorded + "' in the trace (at time " + (recorded == null ? "-"
                        : recorded.time()) + ") but '" + made + "' (at step " + made.time() + ") when run again";
            }
        } catch (IOException e) {
            difference = "the trace cannot be read at event " + at + ": " + e.getMessage();
        }
    }

    /** The first difference, or null when the run made the trace's events up to the last seq. */
    String difference() {
        return difference != null || seq > last ? difference
                : "the run made " + seq + " events, but the trace has events up to " + last;
    }
}
