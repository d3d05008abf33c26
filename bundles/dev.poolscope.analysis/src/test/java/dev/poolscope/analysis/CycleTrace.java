package dev.poolscope.analysis;

import dev.poolscope.testkit.ComputedTrace;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.List;

/**
 * A trace of any length whose events are computed from their numbers, never stored: two threads
 * take turns at a cycle of {@value #CYCLE} events, an allocation that loses one CAS, rolls back and
 * retries once, then a free of what it got. Only the event kinds and avail deltas are meaningful.
 */
final class CycleTrace extends ComputedTrace {

    static final int CYCLE = 14;
    static final long CHUNK_BYTES = 64 << 10;
    private static final long UNIT = 32;

    private final TraceHeader header = new TraceHeader(5, "mainline", "first_fit",
            List.of(new ChunkGeometry(0, 0x1000_0000L, 0, CHUNK_BYTES)), 2, "synthetic cycles", 0);

    CycleTrace(long events) {
        super(events);
    }

    @Override
    protected Event eventAt(long seq) {
        return cycleEvent(seq);
    }

    /** Event {@code seq} of any cycle trace: they differ only in length. */
    static Event cycleEvent(long seq) {
        int thread = (int) (seq / CYCLE % 2);
        EventKind kind = switch ((int) (seq % CYCLE)) {
            case 0 -> EventKind.ALLOC_BEGIN;
            case 1 -> EventKind.AVAIL_READ;
            case 2, 6, 10 -> EventKind.CAS;
            case 3 -> EventKind.PARTIAL_SET;
            case 4 -> EventKind.ROLLBACK;
            case 5 -> EventKind.RETRY;
            case 7, 11 -> EventKind.AVAIL_CHANGE;
            case 8 -> EventKind.ALLOC_END;
            case 9 -> EventKind.FREE_BEGIN;
            case 12 -> EventKind.FREE_END;
            default -> EventKind.WORD_READ;
        };
        long delta = seq % CYCLE == 7 ? -UNIT : UNIT;
        long success = seq % CYCLE == 2 ? 0 : 1;
        return kind == EventKind.AVAIL_CHANGE ? new Event(seq, thread, seq, 0, kind, delta, 0, 0, 0, 0)
                : new Event(seq, thread, seq, 0, kind, 0, 0, 0, 0, success);
    }

    @Override
    public TraceHeader header() {
        return header;
    }
}
