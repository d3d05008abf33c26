package dev.poolscope.analysis;

import dev.poolscope.model.ModelBuilder;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.timeline.LaneOverview;
import dev.poolscope.model.timeline.LaneOverviewBuilder;
import dev.poolscope.trace.ReadProgress;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TracePass;

import java.io.IOException;
import java.util.function.LongConsumer;

/**
 * Everything the workbench shows of a trace, read in one pass: the replay model, the charts' series
 * (at most {@value TraceSeries#DEFAULT_MAX_POINTS} points each, the default request sizes) and the
 * timeline's lanes. One {@link TracePass} feeds the three builders, so opening decodes each event
 * once instead of once per reader; each result is the one its own open would make.
 *
 * @param model  as {@link ReplayModel#open(Trace, int)} makes it
 * @param series as {@link TraceSeries#of(Trace)} makes them
 * @param lanes  as {@link LaneOverview#read} makes it
 */
public record OpenedTrace(ReplayModel model, TraceSeries series, LaneOverview lanes) {

    /**
     * Reads {@code trace} once, saving the model's checkpoint after every {@code checkpointInterval}
     * events, telling {@code progress} the events read every {@value ReadProgress#EVENTS} events. To
     * stop early, {@code progress} throws an unchecked exception, which passes out of this method and
     * leaves nothing open.
     *
     * @throws IOException when the trace cannot be read, or has an event the replay cannot apply
     */
    public static OpenedTrace read(Trace trace, int checkpointInterval, LongConsumer progress) throws IOException {
        ModelBuilder model = ReplayModel.builder(trace, checkpointInterval);
        TraceSeriesBuilder series = TraceSeries.builder(trace, TraceSeries.DEFAULT_MAX_POINTS,
                FragmentationState.DEFAULT_REQUEST_UNITS);
        LaneOverviewBuilder lanes = LaneOverview.builder(trace);
        TracePass.run(trace, progress, model, series, lanes);
        return new OpenedTrace(model.build(), series.build(), lanes.build());
    }
}
