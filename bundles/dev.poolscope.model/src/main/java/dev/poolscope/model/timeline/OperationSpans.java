package dev.poolscope.model.timeline;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

/**
 * Turns a run of events into each thread's operation spans, from its ALLOC_BEGIN or FREE_BEGIN to
 * the matching END. An operation still open when the events stop is closed where the reader says.
 */
final class OperationSpans {

    private final long[] beginSeq;
    private final int[] openFlags;

    OperationSpans(int threads) {
        beginSeq = new long[threads];
        openFlags = new int[threads];
    }

    /** Says that {@code thread} was already inside an operation that began at {@code fromSeq}. */
    void open(int thread, int flags, long fromSeq) {
        openFlags[thread] = flags;
        beginSeq[thread] = fromSeq;
    }

    /** Takes the next event; hands a span to {@code sink} when the event ends an operation. */
    void accept(Event event, SpanSink sink) {
        int thread = event.thread();
        switch (event.kind()) {
            case ALLOC_BEGIN -> open(thread, Activity.ALLOC, event.seq());
            case FREE_BEGIN -> open(thread, Activity.FREE, event.seq());
            case ALLOC_END, FREE_END -> {
                if (openFlags[thread] != Activity.IDLE) {
                    boolean failed = event.kind() == EventKind.ALLOC_END && event.p1() == 0;
                    sink.span(thread, beginSeq[thread], event.seq(), openFlags[thread] | (failed ? Activity.FAILED : 0));
                    openFlags[thread] = Activity.IDLE;
                }
            }
            default -> {
                // other events happen inside the open operation
            }
        }
    }

    /** Closes every open operation at {@code lastSeq}. */
    void finish(long lastSeq, SpanSink sink) {
        for (int thread = 0; thread < openFlags.length; thread++) {
            if (openFlags[thread] != Activity.IDLE) {
                sink.span(thread, beginSeq[thread], lastSeq, openFlags[thread]);
                openFlags[thread] = Activity.IDLE;
            }
        }
    }
}
