package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pools larger than Poolscope holds, and chunks at address 0, are refused by every command with the
 * limit and the value, before anything is allocated or written: no OutOfMemoryError, no stack trace.
 */
class PoolLimitsCommandTest {

    @TempDir
    Path dir;

    private static void assertRefused(CommandRun run, String command, String... parts) {
        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.err.startsWith("poolscope " + command + ": "), run::toString);
        assertFalse(run.err.contains("\tat ") || run.err.contains("OutOfMemoryError"), run::toString);
        for (String part : parts) {
            assertTrue(run.err.contains(part), () -> "'" + part + "' not in: " + run);
        }
    }

    /** A small trace recorded at {@code 0x100000000}, the address the crafted chunks keep. */
    private Path smallTrace() {
        Path trace = dir.resolve("small.pstrace");
        CommandRun run = CommandRun.of("record", "--workload", "threads=1 ops=50 order=0 chunks=4KiB@0x100000000",
                "-o", trace.toString());
        assertEquals(0, run.exitCode, run::toString);
        return trace;
    }

    @Test
    void recordRefusesAHugePoolAndLeavesTheOldFile() throws IOException {
        Path file = Files.writeString(dir.resolve("precious.pstrace"), "an earlier trace");
        for (String workload : List.of("chunks=64GiB@0 order=0", "chunks=4096*4MiB@0 order=0",
                "chunks=4096*4MiB@0x100000 order=0")) {
            CommandRun run = CommandRun.of("record", "--workload", workload, "-o", file.toString());
            assertRefused(run, "record", "order=0 chunks=");
            assertEquals("an earlier trace", Files.readString(file), workload);
            assertEquals(List.of(file), Files.list(dir).toList(), "no part file is left: " + workload);
        }
        assertRefused(CommandRun.of("record", "--workload", "chunks=64GiB@0 order=0", "-o", file.toString()),
                "record", "has 68719476736 units", "PoolLimits.MAX_TRACED_BITS");
        assertRefused(CommandRun.of("record", "--workload", "chunks=4096*4MiB@0x100000 order=0", "-o", file.toString()),
                "record", "bringing the pool to");
    }

    @Test
    void recordAndReplayRefuseTheSamePoolWithTheSameMessage() throws IOException {
        String limit = "chunk 0 (17179869184 bytes at order 0) has 17179869184 units, over the limit of";
        CommandRun record = CommandRun.of("record", "--workload", "chunks=16GiB@0x100000000 order=0",
                "-o", dir.resolve("big.pstrace").toString());
        assertRefused(record, "record", limit);
        Path crafted = CraftedHeader.withFirstChunk(smallTrace(), dir.resolve("crafted.pstrace"), 0x1_0000_0000L,
                16L << 30);
        String recordReason = record.err.substring(record.err.indexOf(limit)).strip();
        assertRefused(CommandRun.of("replay", crafted.toString(), "--check"), "replay", crafted + ": at byte ",
                recordReason);
        assertRefused(CommandRun.of("export-ctf", crafted.toString(), dir.resolve("ctf").toString()), "export-ctf",
                crafted + ": at byte ", recordReason);
        assertFalse(Files.exists(dir.resolve("ctf")), "nothing exported");
    }

    @Test
    void aChunkOfTwoToTheSixtyThreeBytesIsRefusedByItsUnits() throws IOException {
        Path crafted = CraftedHeader.withFirstChunk(smallTrace(), dir.resolve("crafted.pstrace"), 0x1_0000_0000L,
                Long.MIN_VALUE);
        CommandRun replay = CommandRun.of("replay", crafted.toString());
        assertRefused(replay, "replay", "has 9223372036854775808 units");
        assertFalse(replay.err.contains("0 bitmap words"), replay::toString);
    }

    @Test
    void aChunkAtAddressZeroIsRefusedByRecordAndByEveryReader() throws IOException {
        String reason = "chunk 0 starts at address 0x0";
        assertRefused(CommandRun.of("record", "--workload", "chunks=4KiB@0 ops=100 threads=1",
                "-o", dir.resolve("zero.pstrace").toString()), "record", reason);
        Path crafted = CraftedHeader.withFirstChunk(smallTrace(), dir.resolve("crafted.pstrace"), 0, 4096);
        assertRefused(CommandRun.of("replay", crafted.toString(), "--check"), "replay", crafted + ": at byte ", reason);
        assertRefused(CommandRun.of("export-ctf", crafted.toString(), dir.resolve("ctf").toString()), "export-ctf",
                reason);
    }

    @Test
    void vectorsReportARefusedPoolAsAFailedFileAndGoOn() throws IOException {
        Path huge = Files.writeString(dir.resolve("huge.vec"),
                "pool min_alloc_order=0\nadd virt=0x0 phys=0x0 size=68719476736\nalloc 64 -> 0x0\ndestroy\n");
        Path fine = Files.writeString(dir.resolve("fine.vec"),
                "pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\nalloc 32 -> 0x1000\n");
        CommandRun run = CommandRun.of("vectors", huge.toString(), fine.toString());
        assertEquals(1, run.exitCode, run::toString);
        List<String> lines = run.lines();
        assertTrue(lines.get(0).startsWith("FAIL " + huge), run::toString);
        assertTrue(lines.get(1).contains(huge + ":2: ") && lines.get(1).contains("refused: chunk 0 (68719476736 bytes"),
                run::toString);
        assertTrue(lines.contains("PASS " + fine + ": 1 results agree"), run::toString);
        assertTrue(lines.get(lines.size() - 1).matches(".*\\d+ passed, \\d+ failed.*"), "the summary: " + run);
        assertFalse(run.err.contains("OutOfMemoryError"), run::toString);
    }
}
