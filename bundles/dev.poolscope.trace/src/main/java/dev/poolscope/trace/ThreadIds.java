package dev.poolscope.trace;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Logical thread numbers for a recording: a thread keeps the number it was bound to, or gets the
 * next free one at its first event. Scheduled runs bind every thread before it runs, so numbers
 * never depend on timing.
 */
public final class ThreadIds {

    private final AtomicInteger next = new AtomicInteger();
    private final ThreadLocal<Integer> id = new ThreadLocal<>();

    /** Gives the calling thread the number {@code logicalThread}. */
    public void bindCurrentThread(int logicalThread) {
        id.set(logicalThread);
        next.accumulateAndGet(logicalThread + 1, Math::max);
    }

    /** The calling thread's number, given now if it has none. */
    public int current() {
        Integer known = id.get();
        if (known == null) {
            known = next.getAndIncrement();
            id.set(known);
        }
        return known;
    }
}
