package dev.poolscope.trace;

import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * One read of a whole trace, from its first event, through one cursor, feeding each event to every
 * sink in turn: the events are decoded once, however many builders need them.
 */
public final class TracePass {

    private TracePass() {
    }

    /**
     * Reads every event of {@code trace} into each of {@code sinks}, in their order, telling
     * {@code progress} the events read every {@value ReadProgress#EVENTS} events. To stop early,
     * {@code progress} throws an unchecked exception, which passes out of this method; the cursor is
     * closed however the pass ends.
     *
     * @throws IOException when the trace cannot be read, or a sink refuses an event
     */
    public static void run(Trace trace, LongConsumer progress, EventSink... sinks) throws IOException {
        List<EventSink> all = List.of(sinks);
        ReadProgress read = new ReadProgress(progress);
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                for (EventSink sink : all) {
                    sink.accept(event);
                }
                read.eventRead();
            }
        }
    }
}
