package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.WholeOutput;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code record} that fails leaves no file under the output name, and a file already there as it
 * was: refused before anything is written when its arguments are wrong, stopped at once when the
 * disk fails.
 */
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
        String part = WholeOutput.temporaryOf(file).toString();
        assertTrue(child.err().startsWith("poolscope record: cannot write " + part + " (a block of thread"), child::toString);
        assertTrue(child.err().contains("file too large"), child::toString);
        assertEquals("the trace of an earlier run", Files.readString(file));
        assertFalse(Files.exists(Path.of(part)), "the part file is deleted");
    }

    @Test
    void aRecordRefusedForItsArgumentsLeavesTheOldFileByteForByte() throws Exception {
        Path file = dir.resolve("precious.pstrace");
        assertEquals(0, CommandRun.of("record", "--workload", "threads=2 ops=2000", "-o", file.toString()).exitCode);
        byte[] precious = Files.readAllBytes(file);

        CommandRun run = CommandRun.of("record", "--scheduled", "--workload", "duration=1s", "-o", file.toString());

        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.err.startsWith("poolscope record: ") && run.err.contains("duration"), run.err);
        assertArrayEquals(precious, Files.readAllBytes(file));
        assertEquals(List.of(file), Files.list(dir).toList());
    }

    /**
     * A full disk (here the file size limit, in KiB, reached after a few blocks) stops a run that
     * would go on for ten minutes at once: the child must end within its deadline, a minute, with
     * the failure, the file and what became of it said.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "threads=4 duration=10m chunks=64KiB@0x10000000 |",
        "threads=2 ops=1000000000 chunks=64KiB@0x10000000 | --scheduled",
    })
    void aWriteFailureStopsTheRunAtOnceAndKeepsNothing(String workload, String scheduled) throws Exception {
        Path outputs = Files.createDirectory(dir.resolve("outputs"));
        Path file = Files.writeString(outputs.resolve("run.pstrace"), "the trace of an earlier run");
        List<String> command = new ArrayList<>(List.of("record", "--workload", workload, "-o", file.toString()));
        if (scheduled != null) {
            command.add(scheduled);
        }
        ChildRecord child = ChildRecord.start(dir, "ulimit -f 256;", List.of(), command);

        assertEquals(1, child.exitCode(), child::toString);
        Path part = WholeOutput.temporaryOf(file);
        assertTrue(child.err().startsWith("poolscope record: cannot write " + part + " (a block of thread "), child::toString);
        assertTrue(child.err().contains("): file too large; nothing was kept (" + part + " is deleted): " + file
                + " is as it was"), child::toString);
        assertEquals("the trace of an earlier run", Files.readString(file));
        assertEquals(List.of(file), Files.list(outputs).toList(), "the part file is deleted");
    }
}
