package dev.poolscope.trace.scenario;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Finds where a trace gets interesting: the event a viewer should jump to first. */
@FunctionalInterface
public interface EventFinder {

    /** The sequence number of the first interesting event of {@code trace}, or empty when it has none. */
    OptionalLong firstIn(Trace trace) throws IOException;

    /**
     * The first event that passes a predicate that remembers what it has seen: {@code fresh} makes
     * a new one for each search, which then sees every event in order until it says yes.
     */
    static EventFinder firstWith(Supplier<Predicate<Event>> fresh) {
        return trace -> {
            Predicate<Event> interesting = fresh.get();
            OptionalLong found = OptionalLong.empty();
            try (EventCursor cursor = trace.from(0)) {
                for (Event e = cursor.next(); e != null && found.isEmpty(); e = cursor.next()) {
                    found = interesting.test(e) ? OptionalLong.of(e.seq()) : OptionalLong.empty();
                }
            }
            return found;
        };
    }
}
