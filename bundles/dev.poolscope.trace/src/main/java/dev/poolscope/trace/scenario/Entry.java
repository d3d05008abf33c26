package dev.poolscope.trace.scenario;

import java.util.List;

/**
 * An entry of a scenario file: its line {@code key: value} and the indented lines below it, which
 * continue the value (an explanation) or hold the entry's items (a pool's settings, a thread's
 * operations, a schedule's segments).
 */
record Entry(Line head, String key, String value, List<Line> body) {

    Entry {
        body = List.copyOf(body);
    }

    /** The value, which must be on the key's line alone: no indented lines follow. */
    String oneLine() {
        if (value.isEmpty()) {
            throw head.error("'" + key + ":' needs a value after the colon");
        }
        if (!body.isEmpty()) {
            throw body.get(0).error("'" + key + ":' is one line; this indented line does not belong to it");
        }
        return value;
    }

    /** The items, which must be on the indented lines alone: nothing follows the colon. */
    List<Line> items() {
        if (!value.isEmpty()) {
            throw head.error("'" + key + ":' takes its lines indented below it, not " + Values.quote(value)
                    + " after the colon");
        }
        return body;
    }
}
