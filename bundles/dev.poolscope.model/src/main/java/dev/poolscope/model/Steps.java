package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * Steps to the next or previous event, of any thread or of one. Every step reads at most the events
 * between two checkpoints: backwards it starts from the checkpoint before the event, which knows each
 * thread's last event; forwards it stops at the next checkpoint, which knows each thread's next one.
 */
final class Steps {

    private final Trace trace;
    private final Checkpoints checkpoints;

    Steps(Trace trace, Checkpoints checkpoints) {
        this.trace = trace;
        this.checkpoints = checkpoints;
    }

    /** The first event after {@code seq}. */
    OptionalLong next(long seq) throws IOException {
        try (EventCursor cursor = trace.from(seq + 1)) {
            Event event = cursor.next();
            return event == null ? OptionalLong.empty() : OptionalLong.of(event.seq());
        }
    }

    /** The last event before {@code seq}, for {@code seq > 0}. */
    OptionalLong previous(long seq) throws IOException {
        Checkpoint checkpoint = checkpoints.get(checkpoints.indexAtOrBefore(seq - 1));
        long found = checkpoint.seq();
        try (EventCursor cursor = trace.from(checkpoint.seq() + 1)) {
            for (Event event = cursor.next(); event != null && event.seq() < seq; event = cursor.next()) {
                found = event.seq();
            }
        }
        return found >= 0 ? OptionalLong.of(found) : OptionalLong.empty();
    }

    /** The first event of {@code thread} after {@code seq}. */
    OptionalLong nextOf(int thread, long seq) throws IOException {
        int index = checkpoints.indexAtOrBefore(seq);
        boolean lastInterval = index + 1 == checkpoints.size();
        long limit = lastInterval ? Long.MAX_VALUE : checkpoints.get(index + 1).seq();
        try (EventCursor cursor = trace.from(seq + 1)) {
            for (Event event = cursor.next(); event != null && event.seq() <= limit; event = cursor.next()) {
                if (event.thread() == thread) {
                    return OptionalLong.of(event.seq());
                }
            }
        }
        long next = lastInterval ? -1 : checkpoints.get(index + 1).nextEventOf(thread);
        return next >= 0 ? OptionalLong.of(next) : OptionalLong.empty();
    }

    /** The last event of {@code thread} before {@code seq}, for {@code seq > 0}. */
    OptionalLong previousOf(int thread, long seq) throws IOException {
        Checkpoint checkpoint = checkpoints.get(checkpoints.indexAtOrBefore(seq - 1));
        long found = checkpoint.position(thread).lastSeq();
        try (EventCursor cursor = trace.from(checkpoint.seq() + 1)) {
            for (Event event = cursor.next(); event != null && event.seq() < seq; event = cursor.next()) {
                if (event.thread() == thread) {
                    found = event.seq();
                }
            }
        }
        return found >= 0 ? OptionalLong.of(found) : OptionalLong.empty();
    }
}
