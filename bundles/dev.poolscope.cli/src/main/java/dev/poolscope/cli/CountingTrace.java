package dev.poolscope.cli;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/** A trace that counts the events its cursors hand out, for progress reports of long passes. */
final class CountingTrace implements Trace {

    private final Trace trace;
    /** Read by the progress ticker while a pass runs: atomic, so the ticker sees recent counts. */
    private final AtomicLong eventsRead = new AtomicLong();

    CountingTrace(Trace trace) {
        this.trace = trace;
    }

    long eventsRead() {
        return eventsRead.get();
    }

    @Override
    public TraceHeader header() {
        return trace.header();
    }

    @Override
    public long eventCount() {
        return trace.eventCount();
    }

    @Override
    public long lastSeq() {
        return trace.lastSeq();
    }

    @Override
    public EventCursor from(long fromSeq) throws IOException {
        EventCursor cursor = trace.from(fromSeq);
        return new EventCursor() {
            @Override
            public Event next() throws IOException {
                Event event = cursor.next();
                if (event != null) {
                    eventsRead.lazySet(eventsRead.get() + 1); // one reader thread per pass: no lost updates
                }
                return event;
            }

            @Override
            public void close() throws IOException {
                cursor.close();
            }
        };
    }

    /** The counted trace stays open: its owner closes it. */
    @Override
    public void close() {
    }
}
