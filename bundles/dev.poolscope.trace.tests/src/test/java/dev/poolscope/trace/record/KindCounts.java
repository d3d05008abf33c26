package dev.poolscope.trace.record;

import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.ThreadIds;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the events of each kind per logical thread, numbering threads as a recorder does. Each
 * thread counts into its own array; read the counts after the threads were joined.
 */
final class KindCounts extends EventProbe {

    private final ThreadIds ids;
    private final Map<Integer, long[]> byThread = new ConcurrentHashMap<>();

    /** @param ids the thread numbers of the recorder these counts are compared with */
    KindCounts(ThreadIds ids) {
        this.ids = ids;
    }

    @Override
    protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
        byThread.computeIfAbsent(ids.current(), t -> new long[EventKind.values().length])[kind.ordinal()]++;
    }

    Map<Integer, long[]> byThread() {
        return byThread;
    }
}
