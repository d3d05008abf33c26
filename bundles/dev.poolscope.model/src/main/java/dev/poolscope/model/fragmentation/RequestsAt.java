package dev.poolscope.model.fragmentation;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.Event;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalLong;

/** The allocation requests of a trace as seen from one event: the units of the last one asked. */
public final class RequestsAt {

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
}
