package dev.poolscope.ui.session;

import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.timeline.LaneOverview;
import dev.poolscope.trace.Trace;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A trace file open in the workbench: the file, its replay model its chart series and its timeline overview, read once
 * when it was opened. The event the views show is kept by {@link Sessions}.
 *
 * @param file    the trace file
 * @param trace   the file, open for reading
 * @param model   the replay model of the trace
 * @param series  the trace's series for the charts
 * @param lanes   the trace's threads at a coarse resolution, for the timeline
 * @param summary one line on what the file holds and what was lost, e.g. "9,000 events of 3 threads; intact"
 */
public record TraceSession(Path file, Trace trace, ReplayModel model, TraceSeries series, LaneOverview lanes,
        String summary)
        implements AutoCloseable {

    /** The file's name, to title views and windows. */
    public String name() {
        return file.getFileName().toString();
    }

    /** Closes the file. */
    @Override
    public void close() throws IOException {
        trace.close();
    }
}
