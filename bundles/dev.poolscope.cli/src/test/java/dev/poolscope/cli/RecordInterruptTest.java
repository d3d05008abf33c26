package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.trace.file.TraceFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl+C on {@code record}, as {@code perf record} takes it: a real SIGINT to a child process ends
 * the run at an operation boundary, the trace so far is closed whole at the output and passes
 * {@code replay --check}, stderr says how many events were kept, and the exit code is 130. Repeated,
 * each round interrupting at another point of the run, because a damaged file showed only sometimes.
 */
class RecordInterruptTest {

    private static final int ROUNDS = 5;
    private static final Pattern KEPT = Pattern.compile("poolscope record: interrupted: ([0-9,]+) events kept in (.+), whole");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "threads=2 duration=10m chunks=64KiB@0x10000000 |",
        "threads=2 ops=1000000000 chunks=64KiB@0x10000000 | --scheduled",
    })
    void ctrlCKeepsAWholeTraceThatPassesTheCheck(String workload, String scheduled) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Path file = dir.resolve("interrupted-" + round + ".pstrace");
            ChildRecord child = scheduled == null
                    ? ChildRecord.start(dir, "", "--workload", workload, "-o", file.toString())
                    : ChildRecord.start(dir, "", scheduled, "--workload", workload, "-o", file.toString());
            // a later point of the run each round: once this many bytes of blocks are in the file
            awaitPartFile(child, file, (round + 1) * 100_000L);
            child.interrupt();

            assertEquals(RecordCommand.INTERRUPTED, child.exitCode(), child::toString);
            Matcher kept = KEPT.matcher(child.err());
            assertTrue(kept.find(), child::toString);
            assertEquals(file.toString(), kept.group(2));
            assertFalse(Files.exists(partFile(file)), "the part file was moved into place");
            try (TraceFile trace = TraceFile.open(file)) {
                assertEquals(Long.parseLong(kept.group(1).replace(",", "")), trace.eventCount(), trace.damageSummary());
            }
            CommandRun check = CommandRun.of("replay", file.toString(), "--check");
            assertEquals(0, check.exitCode, () -> "round " + check);
            assertTrue(check.out.contains("intact") && check.out.contains("check: passed"), check.out);
            Files.delete(file);
        }
    }

    /** Waits until the child's part file holds more than {@code bytes}: events are being written. */
    private static void awaitPartFile(ChildRecord child, Path file, long bytes) throws Exception {
        Path part = partFile(file);
        long deadline = System.nanoTime() + ChildRecord.DEADLINE_SECONDS * 1_000_000_000L;
        while (!(Files.exists(part) && Files.size(part) > bytes)) {
            assertTrue(child.alive(), child::toString);
            assertTrue(System.nanoTime() - deadline < 0, () -> "no " + bytes + " bytes in " + part + " within "
                    + ChildRecord.DEADLINE_SECONDS + " s:\n" + child);
            Thread.sleep(10);
        }
    }

    private static Path partFile(Path file) {
        return WholeOutput.temporaryOf(file);
    }
}
