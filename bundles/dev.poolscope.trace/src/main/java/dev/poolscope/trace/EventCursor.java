package dev.poolscope.trace;

import java.io.IOException;

/** Reads a trace's events forward, one at a time. */
public interface EventCursor extends AutoCloseable {

    /** The next event, or null after the last one. */
    Event next() throws IOException;

    @Override
    void close() throws IOException;
}
