package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.run.FileRecording;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code record} that fails leaves no file under the output name, and a file already there as it was. */
class RecordFailureTest {

    @TempDir
    Path dir;

    @Test
    void aRecordThatCannotCreateItsFileSaysSoAndLeavesNothing() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "not a directory");
        Path file = notADirectory.resolve("run.pstrace");

        CommandRun run = CommandRun.of("record", "--workload", "threads=1 ops=10", "-o", file.toString());

        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.err.startsWith("poolscope record: ") && run.err.contains(file.toString()), run.err);
        assertEquals(List.of(notADirectory), Files.list(dir).toList());
    }

    @Test
    void aRecordThatFailsWhileRunningLeavesTheOldFileAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("run.pstrace"), "the trace of an earlier run");
        // the file size limit (in KiB) makes the writer fail at its first block, with the run under way
        ChildRecord child = ChildRecord.start(dir, "ulimit -f 64;", "--workload",
                "threads=2 ops=20000 chunks=64KiB@0x10000000", "-o", file.toString());

        assertEquals(1, child.exitCode(), child::toString);
        String part = file + FileRecording.PART_SUFFIX;
        assertTrue(child.err().startsWith("poolscope record: " + part + ": writing a block of thread"), child::toString);
        assertTrue(child.err().contains("File too large"), child::toString);
        assertEquals("the trace of an earlier run", Files.readString(file));
        assertFalse(Files.exists(Path.of(part)), "the part file is deleted");
    }
}
