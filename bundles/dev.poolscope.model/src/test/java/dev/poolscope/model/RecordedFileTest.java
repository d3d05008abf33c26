package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a user takes: a run recorded to a trace file by the file recorder, opened again,
 * replayed by the model. At the last event the model's bitmaps and avails must equal the live
 * pool's at the end of the run, for real threads (2 to 8) and for the controlled scheduler.
 */
class RecordedFileTest {

    @TempDir
    Path dir;

    private static Workload workload(int threads) {
        return Workload.parse("threads=" + threads + " ops=4000 sizes=uniform:32..3000 "
                + "chunks=64KiB@0x10000000,40KiB@0x20000000,24KiB@0x20010000 seed=" + (100 + threads));
    }

    @Test
    void realThreadRunsReplayToTheLivePool() throws Exception {
        for (int threads : new int[] {2, 4, 8}) {
            Workload workload = workload(threads);
            Path file = dir.resolve("real-" + threads + ".pst");
            long start = System.nanoTime();
            GenPool pool;
            try (Recorder recorder = Recorder.create(file, workload.header(), () -> System.nanoTime() - start)) {
                pool = WorkloadRunner.run(workload, recorder).pool();
            }
            assertModelEqualsPool(file, pool, threads + " real threads");
        }
    }

    @Test
    void scheduledRunsReplayToTheLivePool() throws Exception {
        for (int threads : new int[] {2, 3}) {
            Workload workload = workload(threads).withSeed(7);
            Path file = dir.resolve("scheduled-" + threads + ".pst");
            StepClock clock = new StepClock();
            GenPool pool;
            try (Recorder recorder = Recorder.create(file, workload.header(), clock)) {
                pool = new ControlledScheduler(Schedule.random(7)).run(workload, recorder, clock).pool();
            }
            assertModelEqualsPool(file, pool, threads + " scheduled threads");
        }
    }

    private static void assertModelEqualsPool(Path file, GenPool pool, String run) throws Exception {
        try (TraceFile trace = TraceFile.open(file)) {
            assertEquals(trace.lastSeq() + 1, trace.eventCount(), run + ": " + trace.damageSummary());
            ReplayModel model = ReplayModel.open(trace);
            PoolState last = model.stateAt(model.lastSeq());
            long liveBits = 0;
            for (Chunk chunk : pool.chunks()) {
                long[] words = new long[chunk.bitmap().wordCount()];
                chunk.bitmap().copyWords(words);
                assertArrayEquals(words, last.words(chunk.id()), run + ": bitmap of " + chunk);
                assertEquals(chunk.avail(), last.avail(chunk.id()), run + ": avail of " + chunk);
                for (long word : words) {
                    liveBits += Long.bitCount(word);
                }
            }
            assertTrue(liveBits > 0, run + " should end with allocations live, or the comparison proves little");
            TraceCheck.CheckResult check = TraceCheck.run(trace, model, true);
            assertTrue(check.passed(), run + ": " + check.violations());
        }
    }
}
