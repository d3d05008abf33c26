package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.analysis.compare.ComparisonCsv;
import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code poolscope report} end to end: a log's and a trace's report, and every refusal with its exit code. */
class ReportCommandTest {

    private static final Pattern LINKS = Pattern.compile("(?:src|href)=\"([^\"#][^\"]*)\"");

    @TempDir
    Path dir;

    private Path log() throws IOException {
        List<String> rows = new ArrayList<>(List.of("op,size,id"));
        for (int id = 1; id <= 128; id++) {
            rows.add("alloc,32," + id);
        }
        for (int id = 2; id <= 128; id += 2) {
            rows.add("free,," + id);
        }
        rows.add("alloc,64,129"); // 64 free extents of one unit: fails for fragmentation
        return Files.write(dir.resolve("log.csv"), rows);
    }

    /** Every file the page links or shows, which must all be in the report's directory. */
    private static List<String> linked(Path report) throws IOException {
        Matcher link = LINKS.matcher(Files.readString(report.resolve("index.html")));
        List<String> files = new ArrayList<>();
        while (link.find()) {
            files.add(link.group(1));
        }
        return files;
    }

    @Test
    void aLogsReportLinksOnlyFilesItWroteAndListsTheFailureWithItsReason() throws IOException {
        Path report = dir.resolve("report");
        CommandRun run = CommandRun.of("report", log().toString(), "--pool", "order=5 chunks=4KiB@0x10000000",
                "-o", report.toString());
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains(report.resolve("index.html").toString()), run.out);
        List<String> linked = linked(report);
        assertTrue(linked.contains("failures.csv") && linked.contains("metrics.csv"), linked.toString());
        for (String file : linked) {
            assertTrue(Files.isRegularFile(report.resolve(file)), file + " is linked and written");
        }
        assertEquals(List.of("op,thread,bytes,units,F,L,reason", "192,0,64,2,64,1,fragmentation"),
                Files.readAllLines(report.resolve("failures.csv")));
        assertFalse(Files.exists(WholeOutput.temporaryOf(report)), "no part directory left");
    }

    @Test
    void aTracesReportShowsTheRecordedPoolsExtentsAtItsLastEvent() throws IOException {
        Path trace = dir.resolve("run.pst");
        assertEquals(0, CommandRun.of("record", "--scheduled", "--workload", "threads=2 ops=400 chunks=64KiB@0x10000000",
                "--seed", "3", "-o", trace.toString()).exitCode);
        Path report = dir.resolve("report");
        CommandRun run = CommandRun.of("report", trace.toString(), "-o", report.toString());
        assertEquals(0, run.exitCode, run.toString());
        ExtentStats end;
        long lastSeq;
        int order;
        try (TraceFile file = TraceFile.open(trace)) {
            ReplayModel model = ReplayModel.open(file);
            TraceHeader header = file.header();
            lastSeq = model.lastSeq();
            order = header.minAllocOrder();
            PoolState state = model.stateAt(lastSeq);
            long bits = header.chunks().get(0).size() >>> header.minAllocOrder();
            end = ExtentStats.ofChunk(state.words(0), bits);
        }
        List<String> metrics = Files.readAllLines(report.resolve("metrics.csv"));
        assertTrue(metrics.get(0).startsWith("event,F,R,L,"), metrics.get(0));
        String[] row = metrics.get(metrics.size() - 1).split(",");
        assertEquals(List.of(Long.toString(lastSeq), Long.toString(end.free()), Integer.toString(end.extents()),
                Long.toString(end.largest())), List.of(row[0], row[1], row[2], row[3]));
        List<String> compared = Files.readAllLines(report.resolve("compared.csv"));
        assertEquals(ComparisonCsv.header(new long[] {1, 4, 16, 64, 256}), compared.get(0));
        assertEquals(Contender.defaults(order).stream().map(Contender::name).toList(),
                compared.subList(1, compared.size()).stream().map(line -> line.split(",")[0]).toList());
        for (String file : List.of("avail.png", "contention.png", "avail.csv", "contention.csv", "histogram-end.png",
                "series-ratios.png", "series-units.png", "compared-external.png", "failures.csv")) {
            assertTrue(linked(report).contains(file) && Files.isRegularFile(report.resolve(file)), file);
        }
        List<String> avail = Files.readAllLines(report.resolve("avail.csv"));
        long lowest = avail.subList(1, avail.size()).stream().mapToLong(line -> (long) Double.parseDouble(
                line.split(",")[1])).min().orElseThrow();
        String page = Files.readString(report.resolve("index.html"));
        assertTrue(page.contains(String.format(Locale.ROOT, "Pool avail was lowest, %,d bytes, around event ", lowest)),
                page);
    }

    @Test
    void aNonEmptyDirectoryIsRefusedAndLeftAsItWas() throws IOException {
        Path report = Files.createDirectory(dir.resolve("taken"));
        Files.writeString(report.resolve("mine.txt"), "keep me");
        CommandRun run = CommandRun.of("report", log().toString(), "-o", report.toString());
        assertEquals(1, run.exitCode, run.toString());
        assertTrue(run.err.startsWith("poolscope report: ") && run.err.contains(report.toString())
                && run.err.contains("not an empty directory"), run.err);
        assertEquals(List.of("mine.txt"), Files.list(report).map(p -> p.getFileName().toString()).toList());
        assertFalse(Files.exists(WholeOutput.temporaryOf(report)));
    }

    @Test
    void aBadLogIsRefusedWithFileAndLineAndNoReportIsWritten() throws IOException {
        Path bad = Files.write(dir.resolve("bad.csv"), List.of("op,size,id", "alloc,32,1", "free,,7"));
        Path report = dir.resolve("report");
        CommandRun run = CommandRun.of("report", bad.toString(), "-o", report.toString());
        assertEquals(1, run.exitCode, run.toString());
        assertTrue(run.err.contains(bad + ":3: "), run.err);
        assertFalse(Files.exists(report) || Files.exists(WholeOutput.temporaryOf(report)));
    }

    @Test
    void argumentsThatCannotWorkAreRefused() throws IOException {
        Path trace = dir.resolve("run.pst");
        assertEquals(0, CommandRun.of("record", "--scenario", "same-word-race", "-o", trace.toString()).exitCode);
        CommandRun poolForTrace = CommandRun.of("report", trace.toString(), "--pool", "order=6", "-o",
                dir.resolve("a").toString());
        assertEquals(1, poolForTrace.exitCode, poolForTrace.toString());
        assertTrue(poolForTrace.err.contains("--pool is for allocation logs only"), poolForTrace.err);
        CommandRun badPool = CommandRun.of("report", log().toString(), "--pool", "order=x", "-o", dir.resolve("b").toString());
        assertEquals(2, badPool.exitCode, badPool.toString());
        assertTrue(badPool.err.contains("--pool: ") && badPool.err.contains("order=x"), badPool.err);
        CommandRun noOutput = CommandRun.of("report", log().toString());
        assertEquals(2, noOutput.exitCode);
        assertTrue(noOutput.err.contains("'--output=DIR'"), noOutput.err);
        CommandRun missing = CommandRun.of("report", dir.resolve("none.csv").toString(), "-o", dir.resolve("c").toString());
        assertEquals(1, missing.exitCode);
        assertTrue(missing.err.contains("none.csv: no such file"), missing.err);
    }
}
