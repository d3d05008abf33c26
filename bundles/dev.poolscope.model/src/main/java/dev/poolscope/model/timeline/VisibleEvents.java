package dev.poolscope.model.timeline;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;

import java.io.IOException;

/**
 * Reads the exact events of the visible window into lane columns: operation spans to the event
 * and every mark at its own column. It starts at the first event of the overview bucket that
 * holds the window's first event, with each thread's open operation as the overview knew it
 * there, so it reads at most one bucket more than the window shows.
 */
public final class VisibleEvents {

    private VisibleEvents() {
    }

    /** Fills {@code columns} from the events {@code scale} shows; returns the number of events read. */
    public static long read(Trace trace, LaneOverview overview, TimeScale scale, LaneColumns columns) throws IOException {
        long firstVisible = scale.firstVisibleSeq();
        long endVisible = scale.endVisibleSeq();
        int bucket = overview.bucketOf(firstVisible);
        long readFrom = overview.bucketStart(bucket);
        OperationSpans spans = new OperationSpans(columns.threads());
        for (int thread = 0; thread < columns.threads(); thread++) {
            int open = overview.openAtStart(thread, bucket);
            if (open != Activity.IDLE) {
                // it began before readFrom; where exactly does not matter, the lane area starts later
                spans.open(thread, open, readFrom - 1);
            }
        }
        SpanSink sink = (thread, from, to, flags) -> columns.addActivity(thread, scale.columnOf(from),
                scale.lastColumnOf(to), flags);
        long read = 0;
        long lastRead = readFrom;
        try (EventCursor cursor = trace.from(readFrom)) {
            for (Event event = cursor.next(); event != null && event.seq() < endVisible; event = cursor.next()) {
                read++;
                lastRead = event.seq();
                spans.accept(event, sink);
                Mark mark = Mark.of(event);
                if (mark != Mark.NONE) {
                    columns.addMark(event.thread(), scale.columnOf(event.seq()), mark);
                }
            }
        }
        spans.finish(Math.max(lastRead, endVisible - 1), sink);
        return read;
    }
}
