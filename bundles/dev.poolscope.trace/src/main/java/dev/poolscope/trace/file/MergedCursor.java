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

    private final Path file;
    private final PriorityQueue<ThreadStream> heads;
    private long lastSeq = Long.MIN_VALUE;

    MergedCursor(Path file, Collection<ThreadStream> streams) {
        this.file = file;
        this.heads = new PriorityQueue<>(Math.max(1, streams.size()), 
                Comparator.comparingLong(ThreadStream::seq).thenComparingInt(ThreadStream::thread));
        heads.addAll(streams);
    }

    @Override
    public Event next() throws IOException {
        ThreadStream head = heads.poll();
        Event event = null;
        if (head != null) {
            event = head.event();
            if (event.seq() == lastSeq) {
                throw new TraceFormatException(file, head.eventOffset(), "seq " + event.seq() + " of thread "
                        + event.thread() + " was already given to an event of another thread");
            }
            lastSeq = event.seq();
            if (head.advance()) {
                heads.add(head);
            }
        }
        return event;
    }

    @Override
    public void close() {
        heads.clear();
    }
}
