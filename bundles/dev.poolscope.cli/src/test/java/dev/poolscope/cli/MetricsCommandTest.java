package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.analysis.fragmentation.MetricRows;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code poolscope metrics} end to end on a recorded trace and on allocation logs: values, CSV, errors and exit codes. */
class MetricsCommandTest {

    private static final String HEADER = "event,scope,F,R,L,mean_extent,E,U_1,U_8,Ua_1,Ua_8,FI_1,FI_8,internal_bytes,failed,"
            + "failed_no_space,failed_fragmentation,failed_alignment,failed_lost_race,histogram";

    @TempDir
    Path dir;

    private Path trace;

    @BeforeEach
    void record() {
        trace = dir.resolve("full.pst");
        ok("record", "--scheduled", "--workload", "threads=2 ops=400 fill=1 sizes=uniform:32..3000 "
                + "chunks=16KiB@0x10000000,8KiB@0x20000000", "--seed", "4", "-o", trace.toString());
    }

    private static CommandRun ok(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.exitCode, () -> String.join(" ", args) + "\n" + run);
        return run;
    }

    private static CommandRun fails(int exit, String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(exit, run.exitCode, () -> String.join(" ", args) + "\n" + run);
        return run;
    }

    /** Each chunk's extents after event {@code seq}, by a plain replay of the file and a full scan. */
    private static List<ExtentStats> scanned(Path file, long seq) throws IOException {
        try (TraceFile read = TraceFile.open(file); EventCursor cursor = read.from(0)) {
            TraceHeader header = read.header();
            BitmapReplay replay = new BitmapReplay(header);
            for (Event event = cursor.next(); event != null && event.seq() <= seq; event = cursor.next()) {
                replay.apply(event);
            }
            List<ExtentStats> chunks = new ArrayList<>();
            for (ChunkGeometry chunk : header.chunks()) {
                chunks.add(ExtentStats.ofChunk(replay.words(chunk.id()), chunk.size() >>> header.minAllocOrder()));
            }
            return chunks;
        }
    }

    private static void assertRow(String row, long seq, String scope, ExtentStats expected) {
        String[] cells = row.split(",", -1);
        assertEquals(Long.toString(seq), cells[0], row);
        assertEquals(scope, cells[1], row);
        assertEquals(Long.toString(expected.free()), cells[2], row);
        assertEquals(Integer.toString(expected.extents()), cells[3], row);
        assertEquals(Long.toString(expected.largest()), cells[4], row);
        assertEquals(String.format(java.util.Locale.ROOT, "%.6f", expected.unusable(8)), cells[8], row);
        assertEquals(String.format(java.util.Locale.ROOT, "%.6f", expected.external()), cells[6], row);
    }

    @Test
    void theCsvAtCheckpointsHasAHeaderAndTheScannedValuesOfEveryScope() throws IOException {
        List<String> lines = ok("metrics", trace.toString(), "--checkpoints", "3", "--csv", "--request-units", "1,8")
                .lines();
        assertEquals(HEADER, lines.get(0));
        assertEquals(1 + 3 * 3, lines.size(), String.join("\n", lines));
        long events;
        try (TraceFile read = TraceFile.open(trace)) {
            events = read.eventCount();
        }
        for (int k = 1; k <= 3; k++) {
            long seq = events * k / 3 - 1; // a recording numbers its events densely from 0
            List<ExtentStats> chunks = scanned(trace, seq);
            assertRow(lines.get(1 + (k - 1) * 3), seq, "pool", ExtentStats.combine(chunks));
            assertRow(lines.get(2 + (k - 1) * 3), seq, "chunk0", chunks.get(0));
            assertRow(lines.get(3 + (k - 1) * 3), seq, "chunk1", chunks.get(1));
        }
        String[] last = lines.get(7).split(",", -1);
        assertTrue(Long.parseLong(last[14]) > 0, "a full pool fails some allocations: " + lines.get(7));
    }

    @Test
    void atAnEventTheTextTableShowsThePoolAndEachChunk() throws IOException {
        CommandRun run = ok("metrics", trace.toString(), "--at", "500");
        assertTrue(run.out.contains("after event 500"), run.out);
        ExtentStats pool = ExtentStats.combine(scanned(trace, 500));
        String poolRow = run.lines().stream().filter(line -> line.trim().startsWith("pool ")).findFirst().orElseThrow();
        String[] cells = poolRow.trim().split("\\s+");
        // the rows' own text, as the workbench's table shows it: "1,234", ratios to three decimals
        assertEquals(List.of(MetricText.count(pool.free()), MetricText.count(pool.extents()),
                MetricText.count(pool.largest()), MetricText.mean(pool.meanExtent()), MetricText.ratio(pool.external())),
                List.of(cells).subList(1, 6), poolRow);
        String header = run.lines().stream().filter(line -> line.trim().startsWith("scope ")).findFirst().orElseThrow();
        assertEquals(List.of("scope", "F", "R", "L", "F/R", "E", "U(1)", "U(8)", "U(64)", "U(512)", "Ua(1)"),
                List.of(header.trim().split("\\s+")).subList(0, 11), header);
        assertTrue(run.out.contains("chunk 1"), run.out);
        assertTrue(run.out.contains("Internal fragmentation (bytes) I: ") && run.out.contains("failed allocations:"),
                run.out);
        for (FragmentationMetric metric : MetricRows.metrics()) {
            assertTrue(run.out.contains(metric.title() + ": " + metric.formula()), metric + "'s formula");
        }
    }

    @Test
    void aTracesContentionIsPrintedPerThreadWithTheHottestWords() throws IOException {
        Path storm = dir.resolve("storm.pst");
        ok("record", "--scenario", "retry-storm", "-o", storm.toString());
        long failed = 0;
        long rollbacks = 0;
        try (TraceFile read = TraceFile.open(storm); EventCursor cursor = read.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                failed += event.casFailed() ? 1 : 0;
                rollbacks += event.kind() == EventKind.ROLLBACK ? 1 : 0;
            }
        }
        CommandRun run = ok("metrics", storm.toString());
        assertTrue(run.out.contains("contention up to event "), run.out);
        String all = run.lines().stream().filter(line -> line.trim().startsWith("all ")).findFirst().orElseThrow();
        String[] cells = all.trim().split("\\s+");
        assertEquals(Long.toString(failed), cells[2].replace(",", ""), all);
        assertEquals(Long.toString(rollbacks), cells[4].replace(",", ""), all);
        assertTrue(failed > 0, "a retry storm fails CASes");
        assertTrue(run.out.contains("hottest words (most failed CASes first):\n    chunk 0 word "), run.out);
    }

    @Test
    void anEventBeyondTheTraceIsRefusedWithTheLastOne() throws IOException {
        long last;
        try (TraceFile read = TraceFile.open(trace)) {
            last = read.lastSeq();
        }
        CommandRun run = fails(1, "metrics", trace.toString(), "--at", Long.toString(last + 1));
        assertTrue(run.err.startsWith("poolscope metrics: "), run.err);
        assertTrue(run.err.contains("event " + (last + 1)) && run.err.contains(Long.toString(last)), run.err);
    }

    /**
     * Four blocks of 8 units fill a 32-unit chunk; freeing blocks 1 and 3 leaves two extents of 8: 12 units
     * fail for fragmentation, 32 for lack of space; the 250-byte block loses 6 bytes to rounding.
     */
    @Test
    void aLogIsReplayedAndItsFailuresAreNamed() throws IOException {
        Path log = dir.resolve("ops.csv");
        Files.writeString(log, "# a log\nop,size,id\nalloc,256,1\nalloc,250,2\nalloc,256,3\nalloc,256,4\n"
                + "free,,1\nfree,,3\nalloc,384,5\nalloc,1024,6\n");
        List<String> lines = ok("metrics", log.toString(), "--pool", "order=5 chunks=1KiB@0x10000000", "--csv",
                "--request-units", "1,8").lines();
        assertEquals(HEADER.replace("event,", "after_ops,"), lines.get(0));
        assertEquals("8,pool,16,2,8,8.000000,0.500000,0.000000,0.000000,0.000000,0.000000,-1.000000,-1.000000,6,2,1,1,"
                + "0,0,3:2", lines.get(1));
        assertTrue(lines.get(2).startsWith("8,chunk0,16,2,8,8.000000,0.500000,"), lines.get(2));
        assertTrue(lines.get(2).endsWith(",-1.000000,-1.000000,,,,,,,3:2"), "a chunk has no internal bytes nor "
                + "failures of its own: " + lines.get(2));
        List<String> atFour = ok("metrics", log.toString(), "--pool", "order=5 chunks=1KiB@0x10000000", "--csv",
                "--at", "4").lines();
        assertTrue(atFour.get(1).startsWith("4,pool,0,0,0,"), atFour.get(1));
    }

    @Test
    void aBadLogLineIsNamedWithFileAndLine() throws IOException {
        Path log = dir.resolve("bad.csv");
        Files.writeString(log, "op,size,id\nalloc,64,1\nalloc,x,2\n");
        CommandRun run = fails(1, "metrics", log.toString());
        assertTrue(run.err.contains(log + ":3:"), run.err);
        assertEquals("", run.out);
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nothing.pst");
        CommandRun run = fails(1, "metrics", missing.toString());
        assertTrue(run.err.startsWith("poolscope metrics: ") && run.err.contains(missing.toString()), run.err);
    }

    @Test
    void optionsThatDoNotGoTogetherAreUsageErrors() {
        fails(2, "metrics", trace.toString(), "--at", "3", "--checkpoints", "2");
        CommandRun pool = fails(2, "metrics", trace.toString(), "--pool", "order=6");
        assertTrue(pool.err.contains("--pool is for an allocation log"), pool.err);
        fails(2, "metrics", trace.toString(), "--request-units", "0");
        fails(2, "metrics", trace.toString(), "--checkpoints", "0");
    }
}
