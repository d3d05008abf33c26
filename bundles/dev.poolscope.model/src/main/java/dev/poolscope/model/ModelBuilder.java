package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.ReadProgress;
import dev.poolscope.trace.Trace;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * The model's one pass over a trace: checks each event against the header, replays it, indexes it,
 * and saves a checkpoint after every {@code interval} events.
 */
final class ModelBuilder {

    private final PoolGeometry geometry;
    private final EventRules rules;
    private final int interval;
    private final ReplayState state;
    private final Checkpoints checkpoints;
    private final IndexBuilder index;
    private long eventCount;
    private long firstSeq = -1;

    private ModelBuilder(PoolGeometry geometry, int threadCount, int interval) {
        this.geometry = geometry;
        this.rules = new EventRules(geometry, threadCount);
        this.interval = interval;
        this.state = ReplayState.initial(geometry, threadCount);
        this.checkpoints = new Checkpoints(state.checkpoint());
        this.index = new IndexBuilder(geometry, threadCount);
    }

    /** Reads {@code trace} once, through one cursor, and returns its model. */
    static ReplayModel build(Trace trace, int interval, LongConsumer progress) throws IOException {
        PoolGeometry geometry = PoolGeometry.of(trace.header());
        ModelBuilder builder = new ModelBuilder(geometry, trace.header().threads(), interval);
        ReadProgress read = new ReadProgress(progress);
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                builder.accept(event);
                read.eventRead();
            }
        }
        builder.checkpoints.trim();
        return new ReplayModel(trace, geometry, interval, builder.checkpoints, builder.index.build(),
                builder.eventCount, builder.firstSeq, builder.state.seq());
    }

    private void accept(Event event) throws IOException {
        check(event);
        if (eventCount == 0) {
            firstSeq = event.seq();
        }
        state.apply(event);
        index.accept(event);
        // before saving a checkpoint at this event, so that its next event of the thread is a later one
        checkpoints.noteEvent(event.thread(), event.seq());
        if (++eventCount % interval == 0) {
            checkpoints.add(state.checkpoint());
        }
    }

    /** Refuses an event the replay cannot apply: out of order, or naming a thread, chunk or word the header lacks. */
    private void check(Event event) throws IOException {
        if (event.seq() <= state.seq()) {
            throw problem(event, "comes after event #" + state.seq() + "; events must be in ascending order");
        }
        String problem = rules.unreplayable(event);
        if (problem != null) {
            throw problem(event, problem);
        }
    }

    private static IOException problem(Event event, String what) {
        return new IOException("trace event #" + event.seq() + " (" + event.kind() + ") " + what);
    }
}
