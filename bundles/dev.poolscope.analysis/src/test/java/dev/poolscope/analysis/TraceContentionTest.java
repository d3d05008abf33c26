package dev.poolscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.TraceContention.ThreadContention;
import dev.poolscope.analysis.TraceContention.WordContention;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.ThreadSummary;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Contention per thread and per word, against a scenario worked out by hand and against the replay model's own counts. */
class TraceContentionTest {

    @Test
    void theSameWordRaceHasOneFailedCasOnWordZero() throws Exception {
        // T0's CAS on word 0 expects 0xf0 and finds 0xfff0 (T1 swapped first), then succeeds: one failure, no rollback
        TraceContention contention = TraceSeries.of(Recorded.scenario(Scenarios.byName("same-word-race")).trace())
                .contention();
        ThreadContention total = contention.total();
        assertEquals(1, total.casFailures());
        assertEquals(0, total.rollbacks());
        assertEquals(0, total.retries(), "the search is not repeated, only the swap");
        assertEquals(1, contention.threads().get(0).casFailures(), "T0 lost the swap");
        assertEquals(0, contention.threads().get(1).casFailures());
        WordContention hottest = contention.hottestWords(1).get(0);
        assertEquals(0, hottest.chunk());
        assertEquals(0, hottest.word());
        assertEquals(1, hottest.casFailures());
        assertTrue(hottest.casAttempts() >= 3, "T0's two first allocations, T1's swap and T0's two swaps: " + hottest);
    }

    @Test
    void aRetryStormCountsAsTheReplayModelDoes() throws Exception {
        // scheduled, so the same contention every run: the storm's loser fails CASes and rolls back again and again
        TraceContention contention = countedAsTheModelCounts(Recorded.scenario(Scenarios.byName("retry-storm")).trace());
        assertTrue(contention.total().casFailures() > 0, "a retry storm has failed CASes");
        assertTrue(contention.total().rollbacks() > 0, "and rollbacks");
        assertTrue(contention.total().retries() > 0, "and retries");
    }

    @Test
    void realThreadsCountAsTheReplayModelDoes() throws Exception {
        // how much real threads contend depends on the machine; that every count agrees with the model does not
        Workload workload = Workload.parse("threads=4 ops=3000 fill=0.9 sizes=uniform:32..3000 "
                + "chunks=16KiB@0x10000000,8KiB@0x20000000 seed=5");
        MemoryRecorder recorder = MemoryRecorder.realTime();
        WorkloadRunner.run(workload, recorder);
        TraceContention contention = countedAsTheModelCounts(recorder.trace(workload.header()));
        assertTrue(contention.total().casAttempts() > 0, "every allocation sets its bits by CAS");
    }

    private static TraceContention countedAsTheModelCounts(MemoryTrace trace) throws Exception {
        TraceContention contention = TraceSeries.of(trace).contention();
        List<ThreadSummary> summaries = ReplayModel.open(trace).threadSummaries();
        assertEquals(summaries.size(), contention.threads().size());
        for (ThreadSummary summary : summaries) {
            ThreadContention thread = contention.threads().get(summary.thread());
            assertEquals(summary.races(), thread.casFailures(), "T" + summary.thread() + " failed CASes");
            assertEquals(summary.rollbacks(), thread.rollbacks(), "T" + summary.thread() + " rollbacks");
            assertEquals(summary.retries(), thread.retries(), "T" + summary.thread() + " retries");
            assertEquals(summary.allocs(), thread.allocs(), "T" + summary.thread() + " allocs");
            assertTrue(thread.casAttempts() >= thread.casFailures());
        }
        long wordFailures = 0;
        long wordAttempts = 0;
        WordContention previous = null;
        for (WordContention word : contention.words()) {
            wordFailures += word.casFailures();
            wordAttempts += word.casAttempts();
            if (previous != null) {
                assertTrue(previous.casFailures() >= word.casFailures(), "hottest first: " + previous + " before " + word);
            }
            previous = word;
        }
        assertEquals(contention.total().casFailures(), wordFailures, "every failed CAS is on some word");
        assertEquals(contention.total().casAttempts(), wordAttempts);
        return contention;
    }
}
