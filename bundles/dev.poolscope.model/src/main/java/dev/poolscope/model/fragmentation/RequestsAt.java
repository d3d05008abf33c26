package dev.poolscope.model.fragmentation;

import dev.poolscope.core.GenPool;
import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/** The allocation requests of a trace as seen from one event: the last one asked, and the one that failed there. */
public final class RequestsAt {

    /**
     * An allocation that found no room.
     *
     * @param seq    its ALLOC_END event
     * @param thread the thread that asked
     * @param bytes  the bytes asked for
     * @param units  the units (bits) that is, at the pool's order
     */
    public record FailedRequest(long seq, int thread, long bytes, long units) {
    }

    private RequestsAt() {
    }

    /** The units of the last allocation asked at or before event {@code seq}, or empty when none was. */
    public static OptionalLong lastUnits(ReplayModel model, long seq) throws IOException {
        OptionalLong begin = model.previous(Landmark.ALLOC, seq + 1);
        if (begin.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<Event> event = model.eventAt(begin.getAsLong());
        return event.isPresent() ? OptionalLong.of(event.get().p1()) : OptionalLong.empty();
    }

    /** The failed allocation whose ALLOC_END is event {@code seq}, if it is one that asked for at least a byte. */
    public static Optional<FailedRequest> failedAt(ReplayModel model, long seq) throws IOException {
        Optional<Event> event = model.eventAt(seq);
        if (event.isEmpty() || event.get().kind() != EventKind.ALLOC_END || event.get().p1() != 0 || event.get().p0() < 1) {
            return Optional.empty();
        }
        long bytes = event.get().p0();
        long units = GenPool.bitsFor(bytes, model.header().minAllocOrder());
        return Optional.of(new FailedRequest(seq, event.get().thread(), bytes, units));
    }
}
