package dev.poolscope.analysis.fragmentation;

import dev.poolscope.core.GenPool;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.List;

/**
 * Internal fragmentation of a trace's live requests, kept up to date from its events: a successful
 * ALLOC_END adds what its size loses to rounding, a FREE_END (reported only for a free that happened)
 * takes away what its size loses. A free names its alloc's size, as gen_pool_free's caller must, so
 * the sum is the live requests' waste; and since sums do not care about order, a real-thread trace,
 * where a free's end can be numbered after the next alloc of its address, is counted right too.
 * Units set at the start of the trace were asked for by requests it does not show: they count as no
 * waste, and so does a free of them (the first free at a unit still held since the start).
 */
public final class LiveRequestWaste {

    private final int order;
    private final List<ChunkGeometry> chunks;
    /** Per chunk, the start state's units not freed yet; empty arrays when the trace has no start state. */
    private final long[][] heldSinceStart;
    private long bytes;

    public LiveRequestWaste(TraceHeader header) {
        this.order = header.minAllocOrder();
        this.chunks = header.chunks();
        this.heldSinceStart = new long[chunks.size()][];
        for (ChunkGeometry chunk : chunks) {
            int words = header.start().isEmpty() ? 0 : (int) (((chunk.size() >>> order) + 63) >>> 6);
            heldSinceStart[chunk.id()] = header.start().words(chunk.id(), words);
        }
    }

    public void accept(Event event) {
        if (event.kind() == EventKind.ALLOC_END && event.p1() != 0) {
            bytes += InternalFragmentation.lostBytes(event.p0(), order);
        } else if (event.kind() == EventKind.FREE_END && !releasedFromStart(event.p0(), event.p1())) {
            bytes -= InternalFragmentation.lostBytes(event.p1(), order);
        }
    }

    /** True when the free of {@code size} bytes at {@code address} begins at a unit held since the start, now released. */
    private boolean releasedFromStart(long address, long size) {
        for (ChunkGeometry chunk : chunks) {
            long[] held = heldSinceStart[chunk.id()];
            long offset = address - chunk.start();
            if (held.length > 0 && Long.compareUnsigned(offset, chunk.size()) < 0) {
                long unit = offset >>> order;
                if ((held[(int) (unit >>> 6)] & (1L << unit)) == 0) {
                    return false;
                }
                long end = Math.min(chunk.size() >>> order, unit + GenPool.bitsFor(size, order));
                for (long bit = unit; bit < end; bit++) {
                    held[(int) (bit >>> 6)] &= ~(1L << bit);
                }
                return true;
            }
        }
        return false;
    }

    /** &Sigma;(&lceil;size/unit&rceil;&middot;unit &minus; size) bytes over the live requests. */
    public long bytes() {
        return bytes;
    }
}
