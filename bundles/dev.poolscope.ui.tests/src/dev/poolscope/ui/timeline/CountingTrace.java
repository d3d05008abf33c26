package dev.poolscope.ui.timeline;

import dev.poolscope.testkit.ComputedTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.List;

/**
 * A trace of any length computed from sequence numbers, never stored, that counts the events its
 * cursors hand out. Threads take turns of {@value #TURN} events: an allocation whose CAS fails,
 * rolls back and retries, then returns no memory, and a free; so every thread has marks and both
 * kinds of bar everywhere. No CAS succeeds, so every bitmap stays clear and the model replays it.
 */
final class CountingTrace extends ComputedTrace {

    static final int TURN = 7;

    private final int threads;
    private final TraceHeader header;
    private long reads;

    CountingTrace(long events, int threads) {
        super(events);
        this.threads = threads;
        this.header = new TraceHeader(5, "mainline", "first_fit",
                List.of(new ChunkGeometry(0, 0x1000_0000L, 0, 4096)), threads, "synthetic", 0);
    }

    /** Events handed out by all cursors since the last reset. */
    long reads() {
        return reads;
    }

    void resetReads() {
        reads = 0;
    }

    @Override
    protected Event eventAt(long seq) {
        reads++;
        return event(seq, threads);
    }

    private static Event event(long seq, int threads) {
        int thread = (int) (seq / TURN % threads);
        return switch ((int) (seq % TURN)) {
            case 0 -> new Event(seq, thread, seq, -1, EventKind.ALLOC_BEGIN, 32, 1, 0, 0, 0);
            case 1 -> new Event(seq, thread, seq, 0, EventKind.CAS, 0, 0, 1, 2, 0);
            case 2 -> new Event(seq, thread, seq, 0, EventKind.ROLLBACK, 0, 0, 0, 0, 0);
            case 3 -> new Event(seq, thread, seq, 0, EventKind.RETRY, 0, 0, 0, 0, 0);
            case 4 -> new Event(seq, thread, seq, -1, EventKind.ALLOC_END, 32, 0, 0, 0, 0);
            case 5 -> new Event(seq, thread, seq, -1, EventKind.FREE_BEGIN, 0x1000_0000L, 32, 0, 0, 0);
            default -> new Event(seq, thread, seq, -1, EventKind.FREE_END, 0x1000_0000L, 32, 0, 0, 0);
        };
    }

    @Override
    public TraceHeader header() {
        return header;
    }
}
