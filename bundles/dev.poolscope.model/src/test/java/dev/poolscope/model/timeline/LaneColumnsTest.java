package dev.poolscope.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.scenario.Scenarios;

import org.junit.jupiter.api.Test;

/** The overview and the exact read describe the same lanes, where both can. */
class LaneColumnsTest {

    @Test
    void overviewAndExactEventsAgreeWhenABucketIsOneEvent() throws Exception {
        MemoryTrace trace = Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace();
        int threads = trace.header().threads();
        LaneOverview overview = LaneOverview.read(trace, eventsRead -> { });
        assertEquals(1, overview.bucketLength(), "a scenario is shorter than the overview's buckets");
        TimeScale scale = new TimeScale(0, trace.lastSeq());
        scale.setWidth((int) trace.eventCount() * 3);
        scale.zoom(0.5, scale.width() / 3.0); // a window starting inside the trace, with an open operation

        LaneColumns fromOverview = new LaneColumns(threads, scale.width());
        overview.project(scale, fromOverview);
        LaneColumns exact = new LaneColumns(threads, scale.width());
        VisibleEvents.read(trace, overview, scale, exact);

        int marks = 0;
        for (int thread = 0; thread < threads; thread++) {
            for (int column = 0; column < scale.width(); column++) {
                assertEquals(exact.activity(thread, column), fromOverview.activity(thread, column),
                        "activity of T" + thread + " in column " + column);
                assertEquals(exact.mark(thread, column), fromOverview.mark(thread, column),
                        "mark of T" + thread + " in column " + column);
                marks += exact.mark(thread, column) == Mark.NONE ? 0 : 1;
            }
        }
        assertTrue(marks > 0, "the window shows the race and the rollback");
    }
}
