package dev.poolscope.trace.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.file.TraceFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorder killed with SIGKILL in the middle of a run leaves a file that opens up to its last whole block. */
class RecorderKillTest {

    @TempDir
    Path dir;

    @Test
    void aKilledRecorderLeavesAFileThatOpensAndSaysWhatWasLost() throws Exception {
        Path file = dir.resolve("killed.pstrace");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                EndlessRecording.class.getName(), file.toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        try {
            BufferedReader out = child.inputReader(StandardCharsets.UTF_8);
            String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
            assertEquals(EndlessRecording.READY, line, () -> "the child's stderr: " + childErr());
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, the writer stops wherever it is
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL");

        try (TraceFile trace = TraceFile.open(file); EventCursor cursor = trace.from(0)) {
            assertTrue(trace.eventCount() > 0, trace.damageSummary());
            assertWholeBlocksEndAt(file, Files.size(file) - trace.truncatedBytes(), trace.eventCount());
            // what was lost, if anything: a torn last block, and the blocks still being filled (their seqs
            // below the last written one); when the writer had caught up with threads waiting for it, neither
            if (trace.truncatedBytes() > 0) {
                assertTrue(trace.damageSummary().contains("torn last block: the " + trace.truncatedBytes() + " bytes"),
                        trace.damageSummary());
            }
            if (trace.missingEvents() > 0) {
                assertTrue(trace.damageSummary().contains(trace.missingEvents() + " of seqs 0.." + trace.lastSeq()
                        + " have no event"), trace.damageSummary());
            }
            if (trace.truncatedBytes() == 0 && trace.missingEvents() == 0) {
                assertTrue(trace.damageSummary().endsWith("intact"), trace.damageSummary());
            }
            long count = 0;
            long previous = -1;
            for (Event e = cursor.next(); e != null; e = cursor.next()) {
                assertTrue(e.seq() > previous, "seq order at " + e.seq());
                previous = e.seq();
                count++;
            }
            assertEquals(trace.eventCount(), count);
            assertEquals(trace.lastSeq(), previous);
        }
    }

    /** A copy of the file's first {@code end} bytes opens whole, with all the events. */
    private void assertWholeBlocksEndAt(Path file, long end, long events) throws IOException {
        Path cut = dir.resolve("cut.pstrace");
        try (InputStream in = Files.newInputStream(file)) {
            Files.write(cut, in.readNBytes(Math.toIntExact(end)));
        }
        try (TraceFile whole = TraceFile.open(cut)) {
            assertEquals(0, whole.truncatedBytes());
            assertEquals(events, whole.eventCount());
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return "(no line: " + e + ")";
        }
    }

    private String childErr() {
        try {
            return Files.readString(dir.resolve("child.err"));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
