package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.scenario.Scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and size end to end: every option, the CSV header, bitmaps written whole, exit codes and errors. */
class CompareSizeCommandsTest {

    /**
     * Holes of 5 units (0..4) and 4 units (6..9) on a 10-unit pool, then 3, 2 and 4 units: first-fit
     * fills the pool; best-fit puts the 3 in the 4-hole and the 2 in the 5-hole, and the 4 fail.
     */
    private static final String LOG = """
            # best-fit fails more than first-fit here
            op,size,id
            alloc,160,1
            alloc,32,2
            alloc,128,3
            free,,1
            free,,3
            alloc,96,4
            alloc,64,5
            alloc,128,6
            """;
    private static final String TEN_UNITS = "order=5 chunks=320@0x10000000";

    @TempDir
    Path dir;

    private Path log() throws IOException {
        Path file = dir.resolve("app.csv");
        Files.writeString(file, LOG);
        return file;
    }

    private static CommandRun run(int exit, String... args) {
        return CommandRun.expecting(exit, args);
    }

    @Test
    void theTableFailuresAndFindingsFollowTheData() throws IOException {
        CommandRun run = run(0, "compare", log().toString(), "--pool", TEN_UNITS, "--algorithms", "first-fit,best-fit");
        assertTrue(run.out.startsWith(log() + ": allocation log, 8 operations (6 allocs); pool: order 5, 320 bytes in 1 chunk"),
                run.out);
        assertTrue(run.out.contains("  operation 7 (from 0): fragmentation: 4 units (128 bytes) asked, 4 free, longest free"
                + " extent 3"), run.out);
        assertTrue(run.out.contains("findings:\n  first-fit failed the fewest allocations (0 of 6); best-fit the most (1)\n"),
                run.out);
        assertTrue(run.out.contains("  best-fit failed 1 of 6 allocations, that one for fragmentation"), run.out);
        assertFalse(run.out.contains("order-align"), "only the algorithms asked for");
    }

    @Test
    void theCsvHasAHeaderAndARowPerAlgorithmPerCheckpoint() throws IOException {
        List<String> lines = run(0, "compare", log().toString(), "--pool", TEN_UNITS, "--csv", "--checkpoints", "2",
                "--request-units", "1,4").lines();
        assertEquals("algorithm,after_ops,allocs,failed,failed_no_space,failed_fragmentation,failed_alignment,"
                + "failed_lost_race,frees_skipped,F,R,L,E,internal_bytes,avail,U_1,U_4,FI_1,FI_4", lines.get(0));
        assertEquals(1 + 6 * 2, lines.size(), "six default algorithms, two checkpoints");
        assertEquals("first-fit,4,3,0,0,0,0,0,0,5,1,5,0.000000,0,160,0.000000,0.200000,-1.000000,-1.000000", lines.get(1));
        assertEquals("first-fit,8,6,0,0,0,0,0,0,0,0,0,0.000000,0,0,1.000000,1.000000,0.000000,0.000000", lines.get(2));
        assertTrue(lines.get(3).startsWith("first-fit-align:128,4,"), lines.get(3));
        assertTrue(lines.get(12).startsWith("first-fit@v4-patch,8,6,0,"), lines.get(12));
    }

    @Test
    void bitmapsAreWrittenPerAlgorithmAWordALine() throws IOException {
        Path bitmaps = dir.resolve("bitmaps");
        run(0, "compare", log().toString(), "--pool", TEN_UNITS, "--algorithms", "first-fit,best-fit,fixed:32",
                "--csv", "--bitmaps", bitmaps.toString());
        assertEquals(List.of("00000000000003ff"), Files.readAllLines(bitmaps.resolve("first-fit.hex")));
        assertEquals(List.of("00000000000001e3"), Files.readAllLines(bitmaps.resolve("best-fit.hex")));
        assertTrue(Files.exists(bitmaps.resolve("fixed:32.hex")));
        assertEquals(3, Files.list(bitmaps).count());
    }

    @Test
    void bitmapsGoOnlyToANewOrEmptyDirectory() throws IOException {
        Path bitmaps = Files.createDirectory(dir.resolve("full"));
        Files.writeString(bitmaps.resolve("other.txt"), "kept");
        CommandRun run = run(1, "compare", log().toString(), "--bitmaps", bitmaps.toString());
        assertTrue(run.err.startsWith("poolscope compare: cannot write " + bitmaps + ": not an empty directory"), run.err);
        assertEquals(List.of(bitmaps.resolve("other.txt")), Files.list(bitmaps).toList());
    }

    @Test
    void aTraceIsComparedOnItsOwnPool() throws Exception {
        Path trace = dir.resolve("race.pst");
        Recorded.toFile(Scenarios.byName("same-word-race"), trace);
        CommandRun run = run(0, "compare", trace.toString(), "--algorithms", "first-fit,best-fit");
        assertTrue(run.out.startsWith(trace + ": trace, "), run.out);
        assertTrue(run.out.contains("findings:"), run.out);
    }

    @Test
    void aBadLogIsRefusedNamingFileAndLine() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "op,size,id\nalloc,32,1\nmalloc,32,2\n");
        assertEquals("poolscope compare: " + bad + ":3: unknown op 'malloc' (expected alloc or free)\n",
                run(1, "compare", bad.toString()).err);
        assertEquals("poolscope size: " + bad + ":3: unknown op 'malloc' (expected alloc or free)\n",
                run(1, "size", bad.toString()).err);
    }

    @Test
    void aMissingFileIsNamed() {
        Path none = dir.resolve("none.csv");
        assertEquals("poolscope compare: cannot read " + none + ": no such file\n", run(1, "compare", none.toString()).err);
        assertEquals("poolscope size: cannot read " + none + ": no such file\n", run(1, "size", none.toString()).err);
    }

    @Test
    void badOptionsAreRefused() throws IOException {
        String file = log().toString();
        assertTrue(run(1, "compare", file, "--algorithms", "worst-fit").err
                .startsWith("poolscope compare: unknown algorithm 'worst-fit'"));
        assertTrue(run(1, "compare", file, "--pool", "order=5 threads=2").err.startsWith("poolscope compare: "));
        assertTrue(run(2, "compare", file, "--checkpoints", "0").err.contains("--checkpoints must be at least 1, got 0"));
        assertTrue(run(1, "compare", file, "--request-units", "0").err.startsWith("poolscope compare: "));
        assertTrue(run(2, "compare").err.contains("Missing required parameter"));
    }

    @Test
    void sizeGivesTheSmallestPoolPerAlgorithmWithItsVerification() throws IOException {
        CommandRun run = run(0, "size", log().toString(), "--algorithms", "first-fit,best-fit,fixed");
        assertEquals(List.of(
                log() + ": allocation log, 8 operations (6 allocs), peak 10 live units of 32 bytes; one chunk at 0x10000000",
                "first-fit: 10 units (320 bytes)",
                "  verified: 10 units: 0 failed; 9 units: 2 failed",
                "best-fit: 11 units (352 bytes)",
                "  verified: 11 units: 0 failed; 10 units: 1 failed"), run.lines().subList(0, 5));
        assertTrue(run.lines().get(5).startsWith("fixed:0: no pool holds this log"), run.out);
    }

    @Test
    void sizeCountsInThePoolsUnits() throws IOException {
        CommandRun run = run(0, "size", log().toString(), "--pool", "order=4 chunks=64@0x20000000", "--algorithms", "first-fit");
        assertTrue(run.out.contains("peak 20 live units of 16 bytes; one chunk at 0x20000000"), run.out);
        assertTrue(run.out.contains("first-fit: 20 units (320 bytes)"), run.out);
    }

    @Test
    void helpNamesTheAlgorithmsAndTheBitmapFormat() {
        String help = run(0, "compare", "--help").out.replaceAll("\\s+", " "); // picocli wraps lines
        assertTrue(help.contains("first-fit-align[:ALIGN]") && help.contains("@v4-patch"), help);
        assertTrue(help.contains("16 lowercase hex digits"), help);
        assertTrue(run(0, "size", "--help").out.replaceAll("\\s+", " ").contains("one unit less"));
    }
}
