package dev.poolscope.ui.timeline;

import dev.poolscope.model.timeline.LaneOverview;
import dev.poolscope.trace.Trace;

import java.io.IOException;

/** The lane overview a timeline test paints from, read in a pass of its own. */
final class Overviews {

    private Overviews() {
    }

    static LaneOverview of(Trace trace) throws IOException {
        return LaneOverview.read(trace, eventsRead -> { });
    }
}
