package dev.poolscope.trace.file;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * The k-way merge of the threads' streams into one stream in seq order: the thread whose current
 * event has the lowest seq goes next (the lower thread number first on a tie, which is an error
 * found at once). A seq may appear only once in the whole trace.
 */
final class MergedCursor implements EventCursor {

    /** Written out rather than composed from key extractors: it runs once or twice per event read. */
    private static final Comparator<ThreadStream> BY_SEQ = (a, b) -> {
        int bySeq = Long.compare(a.seq(), b.seq());
        return bySeq != 0 ? bySeq : Integer.compare(a.thread(), b.thread());
    };

    private final Path file;
    /** The other threads' streams, lowest current seq first. */
    private final PriorityQueue<ThreadStream> waiting;
    /** The stream with the lowest current seq of all, kept out of the queue: threads write in runs, so it often stays. */
    private ThreadStream lowest;
    private long lastSeq = Long.MIN_VALUE;

    MergedCursor(Path file, Collection<ThreadStream> streams) {
        this.file = file;
        this.waiting = new PriorityQueue<>(Math.max(1, streams.size()), BY_SEQ);
        waiting.addAll(streams);
        this.lowest = waiting.poll();
    }

    @Override
    public Event next() throws IOException {
        Event event = null;
        if (lowest != null) {
            event = lowest.event();
            if (event.seq() == lastSeq) {
                throw new TraceFormatException(file, lowest.eventOffset(), "seq " + event.seq() + " of thread "
                        + event.thread() + " was already given to an event of another thread");
            }
            lastSeq = event.seq();
            if (!lowest.advance()) {
                lowest = waiting.poll();
            } else if (!waiting.isEmpty() && BY_SEQ.compare(waiting.peek(), lowest) < 0) {
                waiting.add(lowest);
                lowest = waiting.poll();
            }
        }
        return event;
    }

    @Override
    public void close() {
        waiting.clear();
        lowest = null;
    }
}
