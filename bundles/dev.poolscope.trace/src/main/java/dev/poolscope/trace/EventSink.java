package dev.poolscope.trace;

import java.io.IOException;

/**
 * One consumer of a {@link TracePass}: told every event of a trace in seq order, so that several
 * builders (the replay model, the charts' series, the timeline's overview) share one read of the
 * trace instead of each reading it again.
 */
@FunctionalInterface
public interface EventSink {

    /**
     * Takes the next event.
     *
     * @throws IOException when the event cannot be taken (e.g. it breaks the trace's rules); the pass stops
     */
    void accept(Event event) throws IOException;
}
