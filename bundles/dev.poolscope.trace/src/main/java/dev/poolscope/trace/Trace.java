package dev.poolscope.trace;

import java.io.IOException;

/**
 * A recorded run: its header and its events in sequence order, readable from any point. A trace
 * file opened for reading is one; so is a run held in memory.
 */
public interface Trace extends AutoCloseable {

    TraceHeader header();

    /** Events in the trace. */
    long eventCount();

    /** The sequence number of the last event, or -1 for an empty trace. */
    long lastSeq();

    /**
     * A cursor over the events with {@code seq >= fromSeq}, in sequence order.
     *
     * @throws IOException when the trace cannot be read there; a damaged file says where and how
     */
    EventCursor from(long fromSeq) throws IOException;

    @Override
    void close() throws IOException;
}
