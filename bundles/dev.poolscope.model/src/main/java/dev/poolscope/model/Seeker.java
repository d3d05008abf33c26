package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;

import java.io.IOException;

/** Rebuilds the state at any event: the nearest checkpoint at or before it, then the events up to it. */
final class Seeker {

    private final Trace trace;
    private final PoolGeometry geometry;
    private final Checkpoints checkpoints;

    Seeker(Trace trace, PoolGeometry geometry, Checkpoints checkpoints) {
        this.trace = trace;
        this.geometry = geometry;
        this.checkpoints = checkpoints;
    }

    PoolState stateAt(long seq) throws IOException {
        Checkpoint checkpoint = checkpoints.get(checkpoints.indexAtOrBefore(seq));
        ReplayState state = ReplayState.restore(geometry, checkpoint);
        if (seq > checkpoint.seq()) {
            try (EventCursor cursor = trace.from(checkpoint.seq() + 1)) {
                for (Event event = cursor.next(); event != null && event.seq() <= seq; event = cursor.next()) {
                    state.apply(event);
                }
            }
        }
        return state.snapshot();
    }
}
