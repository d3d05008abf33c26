package dev.poolscope.analysis.fragmentation;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

/**
 * Internal fragmentation of a trace's live requests, kept up to date from its events: a successful
 * ALLOC_END adds what its size loses to rounding, a FREE_END (reported only for a free that happened)
 * takes away what its size loses. A free names its alloc's size, as gen_pool_free's caller must, so
 * the sum is the live requests' waste; and since sums do not care about order, a real-thread trace,
 * where a free's end can be numbered after the next alloc of its address, is counted right too.
 */
public final class LiveRequestWaste {

    private final int order;
    private long bytes;

    public LiveRequestWaste(int minAllocOrder) {
        this.order = minAllocOrder;
    }

    public void accept(Event event) {
        if (event.kind() == EventKind.ALLOC_END && event.p1() != 0) {
            bytes += InternalFragmentation.lostBytes(event.p0(), order);
        } else if (event.kind() == EventKind.FREE_END) {
            bytes -= InternalFragmentation.lostBytes(event.p1(), order);
        }
    }

    /** &Sigma;(&lceil;size/unit&rceil;&middot;unit &minus; size) bytes over the live requests. */
    public long bytes() {
        return bytes;
    }
}
