package dev.poolscope.analysis.fragmentation;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.HashMap;
import java.util.Map;

/**
 * Internal fragmentation of a trace's live requests, kept up to date from its events: a successful
 * ALLOC_END adds what its size loses to rounding, the FREE_END of its address takes it away again
 * (a FREE_END is only reported for a free that happened). Memory: one entry per live allocation.
 */
public final class LiveRequestWaste {

    private final int order;
    private final Map<Long, Long> wasteByAddress = new HashMap<>();
    private long bytes;

    public LiveRequestWaste(int minAllocOrder) {
        this.order = minAllocOrder;
    }

    public void accept(Event event) {
        if (event.kind() == EventKind.ALLOC_END && event.p1() != 0) {
            long waste = InternalFragmentation.lostBytes(event.p0(), order);
            wasteByAddress.put(event.p1(), waste);
            bytes += waste;
        } else if (event.kind() == EventKind.FREE_END) {
            Long waste = wasteByAddress.remove(event.p0());
            bytes -= waste == null ? 0 : waste;
        }
    }

    /** &Sigma;(&lceil;size/unit&rceil;&middot;unit &minus; size) bytes over the live requests. */
    public long bytes() {
        return bytes;
    }
}
