package dev.poolscope.testkit;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.util.List;

/** A trace held in memory, events in sequence order: for runs small enough to keep whole. */
public final class MemoryTrace implements Trace {

    private final TraceHeader header;
    private final List<Event> events;

    public MemoryTrace(TraceHeader header, List<Event> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).seq() <= events.get(i - 1).seq()) {
                throw new IllegalArgumentException("events out of sequence order at index " + i + ": "
                        + events.get(i - 1).seq() + " then " + events.get(i).seq());
            }
        }
        this.header = header;
        this.events = List.copyOf(events);
    }

    @Override
    public TraceHeader header() {
        return header;
    }

    @Override
    public long eventCount() {
        return events.size();
    }

    @Override
    public long lastSeq() {
        return events.isEmpty() ? -1 : events.get(events.size() - 1).seq();
    }

    public List<Event> events() {
        return events;
    }

    @Override
    public EventCursor from(long fromSeq) {
        int first = firstIndexAtOrAfter(fromSeq);
        return new EventCursor() {
            private int next = first;

            @Override
            public Event next() {
                return next < events.size() ? events.get(next++) : null;
            }

            @Override
            public void close() {
            }
        };
    }

    private int firstIndexAtOrAfter(long seq) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (events.get(middle).seq() < seq) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    @Override
    public void close() {
    }
}
