package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log recorded into a trace: the trace's events rebuild the replay's final bitmap and its failures. */
class LogRecordingTest {

    @TempDir
    Path dir;

    @Test
    void theTraceEndsInTheReplaysBitmapWithItsFailures() throws Exception {
        for (Algorithm algorithm : List.of(Algorithm.firstFit(), Algorithm.bestFit())) {
            AllocationLog log = log(new RandomLog(20_000, 7).text());
            PoolSpec spec = new PoolSpec(5, List.of(new ChunkSpec(0x10000000L, 64 * 1024), new ChunkSpec(0x20000000L,
                    32 * 1024)), algorithm, Variant.MAINLINE);
            Path trace = dir.resolve(algorithm.name() + ".pstrace");
            List<Integer> reports = new ArrayList<>();
            long events = LogRecording.record(log, spec, trace, reports::add);
            ReplayResult replay = LogReplay.replay(log, spec);
            assertTrue(replay.failed() > 0, "the pool is small enough for some allocs to fail");
            try (TraceFile file = TraceFile.open(trace)) {
                assertEquals(events, file.eventCount());
                assertEquals(LogRecording.workloadOf(log, spec), file.header().workload());
                assertEquals(1, file.header().threads());
                assertEquals(Optional.of(log.source()), LogRecording.sourceOf(file.header()));
                BitmapReplay bits = new BitmapReplay(file.header());
                long failedAllocs = 0;
                try (EventCursor cursor = file.from(0)) {
                    for (Event event = cursor.next(); event != null; event = cursor.next()) {
                        bits.applyChecked(event);
                        failedAllocs += event.kind() == EventKind.ALLOC_END && event.p1() == 0 ? 1 : 0;
                    }
                }
                assertEquals(replay.failed(), failedAllocs, algorithm.describe());
                Map<Integer, List<Long>> expected = BitmapReplay.words(replay.pool());
                for (int chunk = 0; chunk < 2; chunk++) {
                    assertEquals(expected.get(chunk), toList(bits.words(chunk)), algorithm.describe() + " chunk " + chunk);
                }
            }
            assertEquals(List.of(4096, 8192, 12288, 16384, 20000), reports);
        }
    }

    @Test
    void aReplayStoppedByItsProgressKeepsNoFile() throws Exception {
        AllocationLog log = log(new RandomLog(10_000, 3).text());
        Path trace = dir.resolve("stopped.pstrace");
        assertThrows(IllegalStateException.class, () -> LogRecording.record(log, LogPoolText.DEFAULT_POOL, trace, done -> {
            throw new IllegalStateException("cancelled at " + done);
        }));
        assertFalse(Files.exists(trace));
        try (var left = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("log.csv")), left.toList(), "no part file is left behind");
        }
    }

    private static List<Long> toList(long[] words) {
        List<Long> list = new ArrayList<>();
        for (long word : words) {
            list.add(word);
        }
        return list;
    }

    private AllocationLog log(String rows) throws Exception {
        Path file = dir.resolve("log.csv");
        Files.writeString(file, "op,size,id\n" + rows);
        return AllocationLogReader.read(file);
    }
}
