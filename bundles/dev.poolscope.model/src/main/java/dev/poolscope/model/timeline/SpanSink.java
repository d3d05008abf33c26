package dev.poolscope.model.timeline;

/** Receives a thread's operations as spans of events. */
@FunctionalInterface
interface SpanSink {

    /** {@code thread} was inside an operation (of {@link Activity} {@code flags}) from event {@code fromSeq} to {@code toSeq}, both included. */
    void span(int thread, long fromSeq, long toSeq, int flags);
}
