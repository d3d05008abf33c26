package dev.poolscope.ui.timeline;

/**
 * What a thread's lane shows as a bar at some place, as bit flags that combine when a pixel column
 * or bucket covers several operations: inside an alloc, inside a free, inside an alloc that
 * returned no memory. 0 is idle.
 */
final class Activity {

    static final int IDLE = 0;
    static final int ALLOC = 1;
    static final int FREE = 2;
    static final int FAILED = 4;

    private Activity() {
    }
}
