package dev.poolscope.model;

import dev.poolscope.trace.Event;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * Steps to the next or previous event, of any thread or of one, by moving the {@link ReplayHead}
 * (so the state at the event stepped to is where the head already is). Backwards the head goes to
 * the event before: its last event applied is the previous event, and its thread positions know
 * each thread's last event. Forwards the head's next event is the next event; a thread's next one
 * is looked for up to the next checkpoint, which knows each thread's next event after it. So every
 * step replays at most the events between two checkpoints, and a step from the head's event a few.
 */
final class Steps {

    private final ReplayHead head;
    private final Checkpoints checkpoints;

    Steps(ReplayHead head, Checkpoints checkpoints) {
        this.head = head;
        this.checkpoints = checkpoints;
    }

    /** The first event after {@code seq}. */
    OptionalLong next(long seq) throws IOException {
        synchronized (head) {
            head.moveTo(seq);
            Event next = head.next();
            return next == null ? OptionalLong.empty() : OptionalLong.of(next.seq());
        }
    }

    /** The last event before {@code seq}. */
    OptionalLong previous(long seq) throws IOException {
        synchronized (head) {
            head.moveTo(seq - 1);
            return found(head.seq());
        }
    }

    /**
     * The first event of {@code thread} after {@code seq}. When the next checkpoint's position of the
     * thread says its last event is at or before {@code seq}, the thread has none up to that
     * checkpoint, and the checkpoint knows its next one: nothing is read. (In a recording of real
     * threads a thread's next event is often tens of thousands of events away.)
     */
    OptionalLong nextOf(int thread, long seq) throws IOException {
        int index = checkpoints.indexAtOrBefore(seq);
        boolean lastInterval = index + 1 == checkpoints.size();
        long limit = lastInterval ? Long.MAX_VALUE : checkpoints.get(index + 1).seq();
        if (!lastInterval && checkpoints.get(index + 1).position(thread).lastSeq() <= seq) {
            return found(checkpoints.get(index + 1).nextEventOf(thread));
        }
        synchronized (head) {
            head.moveTo(seq);
            for (Event event = head.next(); event != null && event.seq() <= limit; event = head.next()) {
                if (event.thread() == thread) {
                    return OptionalLong.of(event.seq());
                }
                head.advance();
            }
        }
        return found(lastInterval ? -1 : checkpoints.get(index + 1).nextEventOf(thread));
    }

    /** The last event of {@code thread} before {@code seq}. */
    OptionalLong previousOf(int thread, long seq) throws IOException {
        synchronized (head) {
            head.moveTo(seq - 1);
            return found(head.lastEventOf(thread));
        }
    }

    private static OptionalLong found(long seq) {
        return seq >= 0 ? OptionalLong.of(seq) : OptionalLong.empty();
    }
}
