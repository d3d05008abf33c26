package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventSink;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TracePass;

import java.io.IOException;

/**
 * The replay model built from a pass over its trace: checks each event against the header, replays
 * it, indexes it, and saves a checkpoint after every {@code interval} events. A sink, so that the
 * model's pass can be the same one that builds other readers of the trace ({@link TracePass});
 * {@link ReplayModel#open} is this builder fed by a pass of its own. Obtained from
 * {@link ReplayModel#builder}; {@link #build()} once, after the last event.
 */
public final class ModelBuilder implements EventSink {

    private final Trace trace;
    private final PoolGeometry geometry;
    private final EventRules rules;
    private final int interval;
    private final ReplayState state;
    private final Checkpoints checkpoints;
    private final IndexBuilder index;
    private long eventCount;
    /** Events to take until the next checkpoint: a countdown per event instead of a division. */
    private int untilCheckpoint;
    private long firstSeq = -1;

    ModelBuilder(Trace trace, PoolGeometry geometry, int interval) {
        int threadCount = trace.header().threads();
        this.trace = trace;
        this.geometry = geometry;
        this.rules = new EventRules(geometry, threadCount);
        this.interval = interval;
        this.untilCheckpoint = interval;
        this.state = ReplayState.initial(geometry, threadCount);
        this.checkpoints = new Checkpoints(state.checkpoint());
        this.index = new IndexBuilder(geometry, threadCount);
    }

    /**
     * Takes the next event of the trace.
     *
     * @throws IOException when the replay cannot apply it: out of order, or naming a thread, chunk or
     *                     word the header lacks
     */
    @Override
    public void accept(Event event) throws IOException {
        check(event);
        if (eventCount == 0) {
            firstSeq = event.seq();
        }
        state.apply(event);
        index.accept(event);
        // before saving a checkpoint at this event, so that its next event of the thread is a later one
        checkpoints.noteEvent(event.thread(), event.seq());
        eventCount++;
        if (--untilCheckpoint == 0) {
            checkpoints.add(state.checkpoint());
            untilCheckpoint = interval;
        }
    }

    /** The model of the events taken; it reads the trace again on every seek and step. */
    public ReplayModel build() {
        checkpoints.trim();
        return new ReplayModel(trace, geometry, interval, checkpoints, index.build(), eventCount, firstSeq,
                state.seq());
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
