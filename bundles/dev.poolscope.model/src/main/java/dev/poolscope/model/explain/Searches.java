package dev.poolscope.model.explain;

import dev.poolscope.trace.Event;

/** Reading a SEARCH event: the algorithms report "no fit" as any bit at or past the chunk's end. */
final class Searches {

    private Searches() {
    }

    static boolean found(EventContext context) {
        Event search = context.event();
        return Long.compareUnsigned(search.p2(), context.bitCount(search.chunk())) < 0;
    }
}
