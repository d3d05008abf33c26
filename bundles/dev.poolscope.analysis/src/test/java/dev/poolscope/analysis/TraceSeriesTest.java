package dev.poolscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The series of scenario traces and of real-thread runs agree with counts taken from their events and from the replay model. */
class TraceSeriesTest {

    private static MemoryTrace realRun(int threads) throws InterruptedException {
        Workload workload = Workload.parse("threads=" + threads + " ops=4000 fill=0.9 sizes=uniform:32..3000 "
                + "chunks=64KiB@0x10000000,48KiB@0x20000000 seed=11");
        MemoryRecorder recorder = MemoryRecorder.realTime();
        WorkloadRunner.run(workload, recorder);
        return recorder.trace(workload.header());
    }

    /** Width 1 (a point per event) and wide buckets that split the scenario's events unevenly. */
    @ParameterizedTest(name = "every scenario in at most {0} points")
    @ValueSource(ints = {TraceSeries.DEFAULT_MAX_POINTS, 7})
    void scenarioSeriesMatchTheirEvents(int maxPoints) throws Exception {
        for (Scenario scenario : Scenarios.all()) {
            new SeriesCheck(Recorded.scenario(scenario).trace(), maxPoints).checkAll();
        }
    }

    @Test
    void aRetryStormShowsInItsLosersRetriesAndInTheContentionRates() throws Exception {
        SeriesCheck check = new SeriesCheck(Recorded.scenario(Scenarios.byName("retry-storm")).trace(), 10);
        check.checkAll();
        TraceSeries series = check.series();
        SeriesCheck.assertSomewhereNonZero(series.casFailuresPerKiloEvent());
        SeriesCheck.assertSomewhereNonZero(series.rollbacksPerKiloEvent());
        SeriesCheck.assertSomewhereNonZero(series.retriesPerAlloc().get(0));
        assertTrue(series.retriesPerAlloc().get(1).size() > 0, "T1's allocations have points");
        for (int i = 0; i < series.retriesPerAlloc().get(1).size(); i++) {
            assertEquals(0, series.retriesPerAlloc().get(1).value(i), "T1 never retries");
        }
    }

    @ParameterizedTest(name = "{0} real threads")
    @ValueSource(ints = {2, 4})
    void realRunSeriesMatchTheirEventsAndTheModel(int threads) throws Exception {
        MemoryTrace trace = realRun(threads);
        SeriesCheck check = new SeriesCheck(trace, 500);
        check.checkAll();
        assertTrue(check.series().avail().size() <= 500);
        assertTrue(trace.eventCount() > 10_000, "a run long enough to need buckets: " + trace.eventCount());
        assertTrue(check.series().bucketing().width() > 1);
    }
}
