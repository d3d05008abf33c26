package dev.poolscope.ui.session;

import java.util.Optional;

/**
 * Told on the UI thread when a trace opens or closes and when the event the views show moves. While
 * a branch is open beside its parent, a listener is told of the trace it {@link #shows()}.
 */
public interface SessionListener {

    /** A trace was opened (replacing any other) or closed: {@code session} is empty in live mode. */
    void sessionChanged(Optional<TraceSession> session);

    /** The views now show {@code session}'s event {@code seq}. */
    void seqChanged(TraceSession session, long seq);

    /** The trace this listener shows of a branch and its parent: the opened one unless it says otherwise. */
    default TraceChoice shows() {
        return TraceChoice.OPENED;
    }
}
