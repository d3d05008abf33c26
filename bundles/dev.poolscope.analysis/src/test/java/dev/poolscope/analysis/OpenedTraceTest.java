package dev.poolscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.timeline.LaneColumns;
import dev.poolscope.model.timeline.LaneOverview;
import dev.poolscope.model.timeline.TimeScale;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.testkit.WatchedTrace;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.scenario.Scenarios;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's open reads the trace once, and gets what the separate opens get. */
class OpenedTraceTest {

    private static final int INTERVAL = 64;

    @Test
    void readsTheTraceOnce() throws Exception {
        WatchedTrace trace = new WatchedTrace(Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace());

        OpenedTrace.read(trace, INTERVAL, eventsRead -> { });

        assertEquals(1, trace.reads());
    }

    @Test
    void givesWhatTheSeparateOpensGiveOnARecordedTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("overfilled.pstrace");
        Recorded.toFile(Recorded.overfilledPool(), file);
        try (TraceFile trace = TraceFile.open(file)) {
            OpenedTrace opened = OpenedTrace.read(trace, INTERVAL, eventsRead -> { });
            ReplayModel model = ReplayModel.open(trace, INTERVAL);
            TraceSeries series = TraceSeries.of(trace);
            LaneOverview lanes = LaneOverview.read(trace, eventsRead -> { });

            assertTrue(series.fragmentation().failures().size() > 0, "the trace has failed allocations to compare");
            assertEquals(modelFacts(model), modelFacts(opened.model()));
            assertEquals(SeriesText.of(series), SeriesText.of(opened.series()));
            assertEquals(laneColumns(lanes, trace), laneColumns(opened.lanes(), trace));
        }
    }

    /** What a view asks the model: its bounds, checkpoints, landmarks, summaries and the state at many events. */
    private static List<Object> modelFacts(ReplayModel model) throws Exception {
        List<Object> facts = new ArrayList<>(List.of(model.eventCount(), model.firstSeq(), model.lastSeq(),
                model.checkpointCount(), model.threadSummaries(), model.allocations().size(), model.races().size()));
        for (Landmark landmark : Landmark.values()) {
            facts.add(landmark + "=" + model.count(landmark));
        }
        for (long seq = model.firstSeq(); seq <= model.lastSeq(); seq += 37) {
            facts.add(model.stateAt(seq));
        }
        facts.add(model.stateAt(model.lastSeq()));
        return facts;
    }

    /** The overview painted over the whole trace, a few events per column. */
    private static List<String> laneColumns(LaneOverview lanes, TraceFile trace) {
        int threads = trace.header().threads();
        TimeScale scale = new TimeScale(0, trace.lastSeq());
        scale.setWidth((int) Math.max(1, trace.eventCount() / 3));
        LaneColumns columns = new LaneColumns(threads, scale.width());
        lanes.project(scale, columns);
        List<String> painted = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            for (int column = 0; column < scale.width(); column++) {
                painted.add(columns.activity(thread, column) + "/" + columns.mark(thread, column));
            }
        }
        return painted;
    }
}
