package dev.poolscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fragmentation series of {@link TraceSeries} equal a full recomputation at every point. */
class FragmentationSeriesTest {

    /**
     * A real-thread run of millions of events on a nearly full pool of two chunks (so there are failures and
     * many extents): every one of the about 2,000 points equals a scan of the replayed words.
     */
    @Test
    void aMultiMillionEventTraceEqualsAFullRecomputationAtEveryPoint() throws Exception {
        Workload workload = Workload.parse("threads=2 ops=220000 fill=0.97 sizes=uniform:32..4096 seed=5 "
                + "chunks=256KiB@0x10000000,128KiB@0x20000000 algo=first_fit");
        MemoryRecorder recorder = MemoryRecorder.realTime();
        WorkloadRunner.run(workload, recorder);
        MemoryTrace trace = recorder.trace(workload.header());
        assertTrue(trace.eventCount() > 2_000_000, "a multi-million-event trace: " + trace.eventCount());
        TraceSeries series = TraceSeries.of(trace);
        FragmentationSeries fragmentation = series.fragmentation();
        assertEquals(series.avail().size(), FragmentationCheck.check(trace, fragmentation));
        assertTrue(series.avail().size() > TraceSeries.DEFAULT_MAX_POINTS - 10, "about 2,000 points: " + series.avail().size());
        assertTrue(fragmentation.failures().size() > 0, "a nearly full pool fails some allocations");
    }

    @ParameterizedTest(name = "every scenario in at most {0} points")
    @ValueSource(ints = {TraceSeries.DEFAULT_MAX_POINTS, 7})
    void scenarioSeriesEqualAFullRecomputation(int maxPoints) throws Exception {
        for (Scenario scenario : Scenarios.all()) {
            MemoryTrace trace = Recorded.scenario(scenario).trace();
            TraceSeries series = TraceSeries.of(trace, maxPoints);
            assertEquals(series.avail().size(), FragmentationCheck.check(trace, series.fragmentation()), scenario.name());
        }
    }

    /** Request sizes of the caller's: the series carry them, in order. */
    @Test
    void theRequestSizesAreTheCallersOrTheDefault() throws Exception {
        MemoryTrace trace = Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace();
        long[] sizes = {3, 5, 200};
        FragmentationSeries mine = TraceSeries.of(trace, 50, sizes, read -> { }).fragmentation();
        assertEquals(Arrays.toString(sizes), Arrays.toString(mine.requestUnits()));
        assertEquals("pool U(5)", mine.pool().unusable().get(1).name());
        FragmentationCheck.check(trace, mine);
        FragmentationSeries standard = TraceSeries.of(trace).fragmentation();
        assertEquals(Arrays.toString(FragmentationState.defaultRequestUnits()), Arrays.toString(standard.requestUnits()));
    }

    /** The counts by reason add up to the failures listed, and the per-bucket counts to both. */
    @Test
    void theFailureCountsAddUp() throws Exception {
        Workload workload = Workload.parse("threads=3 ops=3000 fill=1 sizes=uniform:32..6000 seed=9 "
                + "chunks=32KiB@0x10000000 algo=first_fit_align:256");
        MemoryRecorder recorder = MemoryRecorder.realTime();
        WorkloadRunner.run(workload, recorder);
        MemoryTrace trace = recorder.trace(workload.header());
        FragmentationSeries series = TraceSeries.of(trace, 100).fragmentation();
        long byReason = 0;
        for (FailureReason reason : FailureReason.values()) {
            long count = series.failureCounts().get(reason);
            assertEquals(count, series.failures().stream().filter(f -> f.reason() == reason).count(), reason.label());
            byReason += count;
        }
        assertEquals(series.failures().size(), byReason);
        double perBucket = 0;
        for (int i = 0; i < series.failedAllocs().size(); i++) {
            perBucket += series.failedAllocs().value(i);
        }
        assertEquals(series.failures().size(), perBucket, 0);
        assertTrue(series.failures().size() > 0, "a full pool fails");
        FragmentationCheck.check(trace, series);
    }
}
