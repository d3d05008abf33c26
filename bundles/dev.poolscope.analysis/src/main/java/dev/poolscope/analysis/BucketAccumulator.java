package dev.poolscope.analysis;

import dev.poolscope.trace.Event;

/** Folds the events of one bucket at a time into the points of some series. */
interface BucketAccumulator {

    /** Counts {@code event}, the next one of the current bucket. */
    void accept(Event event);

    /**
     * Ends the current bucket: adds its points, standing for event {@code lastSeq}, and starts the next.
     *
     * @param events how many events the bucket held (fewer than its width at the end of the trace,
     *               or where a damaged file lost blocks)
     */
    void closeBucket(long lastSeq, long events);
}
