package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.PrefilledRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a version 2 trace: recorded from a pre-filled pool, its operations labelled. */
class StartStateCommandsTest {

    @TempDir
    Path dir;

    private Path trace() throws IOException {
        PrefilledRun run = PrefilledRun.record(9, 100, 200, List.of("dma_direct_alloc+0x1a/0x40", "gpwork_run+0x127/0x1000"));
        Path file = dir.resolve("prefilled.pstrace");
        run.toFile(file);
        return file;
    }

    @Test
    void replayCheckPassesAndSaysWhatTheTraceStartsWith() throws IOException {
        Path file = trace();
        CommandRun run = CommandRun.of("replay", file.toString(), "--check");
        assertEquals(0, run.exitCode, run.toString());
        assertTrue(run.out.contains("format version 2: ") && run.out.contains(" units set at the start (held since before"
                + " the trace), 2 labels"), run.out);
        assertTrue(run.out.contains("check: passed"), run.out);
    }

    @Test
    void aReportIsWrittenAndSaysWhyItComparesNothing() throws IOException {
        Path report = dir.resolve("report");
        CommandRun run = CommandRun.of("report", trace().toString(), "-o", report.toString());
        assertEquals(0, run.exitCode, run.toString());
        String html = Files.readString(report.resolve("index.html"));
        assertTrue(html.contains("Not compared: the trace starts with "), "no 'Not compared' paragraph");
    }
}
