package dev.poolscope.ui.timeline;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.timeline.LaneOverview;
import dev.poolscope.trace.Trace;

import java.io.IOException;

/** The lane overview a timeline test paints from, read as the open-trace job reads it. */
final class Overviews {

    private Overviews() {
    }

    static LaneOverview of(Trace trace, ReplayModel model) throws IOException {
        return LaneOverview.read(trace, model.header().threads(), model.firstSeq(), model.lastSeq(), eventsRead -> { });
    }
}
