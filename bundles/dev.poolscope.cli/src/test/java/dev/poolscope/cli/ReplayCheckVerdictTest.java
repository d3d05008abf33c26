package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.EventBlock;
import dev.poolscope.trace.file.TraceWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay --check} on traces that are well-formed files but hold no run, or only part of one. */
class ReplayCheckVerdictTest {

    private static final TraceHeader HEADER = new TraceHeader(5, "mainline", "first_fit",
            List.of(new ChunkGeometry(0, 0x10000, 0, 4096)), 2, "crafted", 0);

    @TempDir
    Path dir;

    @Test
    void aTraceOfNoEventsFails() throws IOException {
        Path file = dir.resolve("empty.pstrace");
        TraceWriter.create(file, HEADER).close();
        CommandRun run = CommandRun.of("replay", file.toString(), "--check");
        assertEquals(1, run.exitCode, run.toString());
        assertTrue(run.out.startsWith(file + ": 0 events of 0 threads in 0 blocks; intact"), run.out);
        assertTrue(run.out.contains("VIOLATION the trace holds no events"), run.out);
        assertTrue(run.out.contains("check: 1 violations"), run.out);
    }

    @Test
    void aTraceThatEndsInsideAnAllocFailsNamingIt() throws IOException {
        Path file = dir.resolve("cut.pstrace");
        try (TraceWriter writer = TraceWriter.create(file, HEADER)) {
            EventBlock block = new EventBlock(1, 4);
            block.add(0, 0, -1, EventKind.ALLOC_BEGIN, 64, 2, 0, 0, 0);
            block.add(1, 5, 0, EventKind.AVAIL_READ, 4096, 0, 0, 0, 0);
            writer.write(block);
        }
        CommandRun run = CommandRun.of("replay", file.toString(), "--check");
        assertEquals(1, run.exitCode, run.toString());
        assertTrue(run.out.contains("VIOLATION at the end: the trace ends inside T1's alloc of 64 bytes (begun at event #0)"),
                run.out);
    }

    @Test
    void anEventTheReplayCannotApplyNamesTheFileAndTheEvent() throws IOException {
        Path file = dir.resolve("word.pstrace");
        try (TraceWriter writer = TraceWriter.create(file, HEADER)) {
            EventBlock block = new EventBlock(0, 4);
            block.add(0, 0, 0, EventKind.CAS, 99, 0, 1, 0, 1);
            writer.write(block);
        }
        CommandRun run = CommandRun.of("replay", file.toString(), "--check");
        assertEquals(1, run.exitCode, run.toString());
        assertEquals("poolscope replay: " + file + ": trace event #0 (CAS) names word 99 but chunk 0 has 2 bitmap words",
                run.err.strip());
    }
}
