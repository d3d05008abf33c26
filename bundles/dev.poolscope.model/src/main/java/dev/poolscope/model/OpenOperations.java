package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each thread's operation in progress, as the check follows a trace: an alloc or free opens at its
 * begin event and closes at its end event. A whole recording has none open at its end: a run ends
 * every operation it starts, and Ctrl+C stops threads between operations, so a trace that ends
 * inside one lost its end.
 */
final class OpenOperations {

    /** The begin event of each thread's open operation, by thread. */
    private final Map<Integer, Event> open = new TreeMap<>();

    /**
     * Follows {@code event}; returns how it breaks the begin/end pairing (a begin inside an open
     * operation, an end without its begin or with another size or address than it, a LABEL outside
     * any operation), or null.
     */
    String accept(Event event) {
        return switch (event.kind()) {
            case ALLOC_BEGIN, FREE_BEGIN -> {
                Event before = open.put(event.thread(), event);
                yield before == null ? null : "begins inside T" + event.thread() + "'s " + name(before)
                        + " (event #" + before.seq() + "), which has no end";
            }
            case ALLOC_END -> close(event, EventKind.ALLOC_BEGIN);
            case FREE_END -> close(event, EventKind.FREE_BEGIN);
            case LABEL -> open.containsKey(event.thread()) ? null
                    : "labels no operation: T" + event.thread() + " is between operations";
            default -> null;
        };
    }

    /** An end closes its thread's open begin of {@code kind} with the same first field (size or address). */
    private String close(Event end, EventKind kind) {
        Event begin = open.remove(end.thread());
        boolean alloc = kind == EventKind.ALLOC_BEGIN;
        return begin == null || begin.kind() != kind
                ? "ends " + (alloc ? "an alloc" : "a free") + " that T" + end.thread() + " did not begin"
                : begin.p0() != end.p0() ? String.format(alloc ? "ends T%d's alloc of event #%d with size %d instead of %d"
                        : "ends T%d's free of event #%d with address 0x%x instead of 0x%x", end.thread(), begin.seq(),
                        end.p0(), begin.p0())
                : null;
    }

    /** One line per operation still open: "the trace ends inside T1's alloc of 64 bytes (begun at event #12)". */
    List<String> atEnd() {
        List<String> lines = new ArrayList<>();
        for (Event begin : open.values()) {
            lines.add(String.format("the trace ends inside T%d's %s (begun at event #%d): its end is missing",
                    begin.thread(), describe(begin), begin.seq()));
        }
        return lines;
    }

    private static String describe(Event begin) {
        return begin.kind() == EventKind.ALLOC_BEGIN ? "alloc of " + begin.p0() + " bytes"
                : String.format("free of 0x%x", begin.p0());
    }

    private static String name(Event event) {
        return event.kind() == EventKind.ALLOC_BEGIN || event.kind() == EventKind.ALLOC_END ? "alloc" : "free";
    }
}
