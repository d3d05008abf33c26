package dev.poolscope.model;

import java.io.IOException;

/**
 * The state at any event, from the {@link ReplayHead}: moved from where the last query left it, or
 * from the nearest checkpoint at or before the event. The last two states asked for are kept: each
 * step of the workbench asks every view for the same event and the one before it, and a state is
 * immutable.
 */
final class Seeker {

    /** A state and the event it was asked for (a gap in the trace gives the state of an earlier event). */
    private record Read(long seq, PoolState state) {
    }

    private final ReplayHead head;
    // whole records in volatile fields: a reader on another thread sees a state with its own seq
    private volatile Read latest;
    private volatile Read earlier;

    Seeker(ReplayHead head) {
        this.head = head;
    }

    PoolState stateAt(long seq) throws IOException {
        Read latestRead = latest;
        Read earlierRead = earlier;
        PoolState state;
        if (latestRead != null && latestRead.seq() == seq) {
            state = latestRead.state();
        } else if (earlierRead != null && earlierRead.seq() == seq) {
            state = earlierRead.state();
            earlier = latestRead;
            latest = earlierRead;
        } else {
            state = replay(seq);
            earlier = latestRead;
            latest = new Read(seq, state);
        }
        return state;
    }

    private PoolState replay(long seq) throws IOException {
        synchronized (head) {
            head.moveTo(seq);
            return head.snapshot();
        }
    }
}
