package dev.poolscope.model.timeline;

/**
 * What a thread's lane shows as a bar at some place, as bit flags that combine when a pixel column
 * or bucket covers several operations: inside an alloc, inside a free, inside an alloc that
 * returned no memory. 0 is idle.
 */
public final class Activity {

    public static final int IDLE = 0;
    public static final int ALLOC = 1;
    public static final int FREE = 2;
    public static final int FAILED = 4;

    private Activity() {
    }
}
