package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;

import java.io.IOException;

/**
 * Rebuilds the state at any event: the nearest checkpoint at or before it, then the events up to it.
 * The last two states asked for are kept: each step of the workbench asks every view for the same
 * event and the one before it, and a state is immutable.
 */
final class Seeker {

    /** A state and the event it was asked for (a gap in the trace gives the state of an earlier event). */
    private record Read(long seq, PoolState state) {
    }

    private final Trace trace;
    private final PoolGeometry geometry;
    private final Checkpoints checkpoints;
    // whole records in volatile fields: a reader on another thread sees a state with its own seq
    private volatile Read latest;
    private volatile Read earlier;

    Seeker(Trace trace, PoolGeometry geometry, Checkpoints checkpoints) {
        this.trace = trace;
        this.geometry = geometry;
        this.checkpoints = checkpoints;
    }

    PoolState stateAt(long seq) throws IOException {
        Read latestRead = latest;
        Read earlierRead = earlier;
        PoolState state;
        if (latestRead != null && latestRead.seq() == seq) {
            state = latestRead.state();
        } else if (earlierRead != null && earlierRead.seq() == seq) {
            state = earlierRead.state();
        } else {
            state = replay(seq);
            earlier = latestRead;
            latest = new Read(seq, state);
        }
        return state;
    }

    private PoolState replay(long seq) throws IOException {
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
