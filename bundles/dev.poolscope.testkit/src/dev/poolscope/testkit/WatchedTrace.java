package dev.poolscope.testkit;

import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFormatException;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A trace in memory that counts its reads ({@link #from}) and, once broken, fails them as a file damaged
 * after it was opened does: for tests of what a view or a command reads, and of how it bears a read that fails.
 */
public final class WatchedTrace implements Trace {

    private final MemoryTrace events;
    private boolean broken;
    private int reads;
    private int failedReads;

    public WatchedTrace(MemoryTrace events) {
        this.events = events;
    }

    /** From now on every read fails. */
    public void breakReads() {
        broken = true;
    }

    /** Reads so far, failed ones included. */
    public int reads() {
        return reads;
    }

    /** Reads that failed because the trace was broken. */
    public int failedReads() {
        return failedReads;
    }

    @Override
    public TraceHeader header() {
        return events.header();
    }

    @Override
    public long eventCount() {
        return events.eventCount();
    }

    @Override
    public long lastSeq() {
        return events.lastSeq();
    }

    @Override
    public EventCursor from(long fromSeq) throws IOException {
        reads++;
        if (broken) {
            failedReads++;
            throw new TraceFormatException(Path.of("damaged.pstrace"), 640, "the payload changed");
        }
        return events.from(fromSeq);
    }

    @Override
    public void close() {
    }
}
