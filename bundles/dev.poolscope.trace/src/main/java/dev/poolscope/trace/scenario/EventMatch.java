package dev.poolscope.trace.scenario;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.Trace;

import java.io.IOException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * A scenario's interesting event as data, so that it can be written back: the first event of a
 * trace that one of a fixed set of matchers accepts. Each says itself the way a scenario file
 * writes it after {@code first} ({@link #describe()}).
 */
public sealed interface EventMatch extends EventFinder {

    /** A matcher for one search, which sees every event in order until it accepts one. */
    Predicate<Event> fresh();

    /** "cas-failure", "RETRY", "SEARCH in chunk 0", "PARTIAL_SET with bits set", "contention". */
    String describe();

    @Override
    default OptionalLong firstIn(Trace trace) throws IOException {
        return EventFinder.firstWith(this::fresh).firstIn(trace);
    }

    /** A CAS that failed. */
    record CasFailure() implements EventMatch {

        @Override
        public Predicate<Event> fresh() {
            return Event::casFailed;
        }

        @Override
        public String describe() {
            return "cas-failure";
        }
    }

    /** An event of {@code kind}. */
    record OfKind(EventKind kind) implements EventMatch {

        public OfKind {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public Predicate<Event> fresh() {
            return e -> e.kind() == kind;
        }

        @Override
        public String describe() {
            return kind.name();
        }
    }

    /** An event of {@code kind} in chunk {@code chunk}. */
    record InChunk(EventKind kind, int chunk) implements EventMatch {

        public InChunk {
            Objects.requireNonNull(kind, "kind");
            if (chunk < 0) {
                throw new IllegalArgumentException("a chunk id is 0 or more, not " + chunk);
            }
        }

        @Override
        public Predicate<Event> fresh() {
            return e -> e.kind() == kind && e.chunk() == chunk;
        }

        @Override
        public String describe() {
            return kind.name() + " in chunk " + chunk;
        }
    }

    /**
     * A PARTIAL_SET after the set had already set some of its bits (remaining below nbits): a
     * multi-word set that lost a later word and must roll back the words it won.
     */
    record PartialSetWithBitsSet() implements EventMatch {

        @Override
        public Predicate<Event> fresh() {
            return e -> e.kind() == EventKind.PARTIAL_SET && e.p2() < e.p1();
        }

        @Override
        public String describe() {
            return "PARTIAL_SET with bits set";
        }
    }

    /** The first moment two allocations contend for a chunk, as {@link ContentionWatch} tells it. */
    record Contention() implements EventMatch {

        @Override
        public Predicate<Event> fresh() {
            return new ContentionWatch();
        }

        @Override
        public String describe() {
            return "contention";
        }
    }
}
