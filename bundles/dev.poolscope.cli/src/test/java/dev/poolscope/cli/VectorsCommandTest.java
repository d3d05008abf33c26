package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code poolscope vectors}: its lines, its closing count and its exit code. */
class VectorsCommandTest {

    @TempDir
    Path dir;

    private CommandRun last;

    private int run(String... args) {
        last = CommandRun.of(args);
        return last.exitCode;
    }

    private List<String> lines() {
        return last.lines();
    }

    private static Path oracle(String name) {
        Path file = Path.of(System.getProperty("poolscope.oracle.dir"), name);
        assertTrue(Files.isRegularFile(file), "missing oracle file " + file);
        return file;
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("case.vec");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void passingFilesEndWithTheCountAndExitZero() {
        int code = run("vectors", oracle("01_basic_first_fit.vec").toString(), oracle("07_quirks.vec").toString());
        assertEquals(0, code, last.err);
        assertEquals(List.of(
                "PASS " + oracle("01_basic_first_fit.vec") + ": 61 results agree",
                "PASS " + oracle("07_quirks.vec") + ": 69 results agree",
                "2 files: 2 passed, 0 failed; 130 results agree, 0 differ"), lines());
    }

    @Test
    void theV4FilePassesOnlyWithItsVariant() {
        Path v4 = oracle("variants/v4_patch_first_fit.vec.gz");
        assertEquals(0, run("vectors", "--variant", "v4-patch", v4.toString()), last.err);
        assertEquals("1 file: 1 passed, 0 failed; 21,705 results agree, 0 differ", lines().get(lines().size() - 1));
        assertEquals(1, run("vectors", v4.toString()));
        assertTrue(lines().get(0).startsWith("FAIL " + v4), lines().get(0));
    }

    @Test
    void aWrongResultFailsTheFileAndTheRun() throws IOException {
        Path file = write("pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\n"
                + "alloc 32 -> 0x1000\navail -> 999\n");
        assertEquals(1, run("vectors", file.toString()));
        assertEquals("FAIL " + file + ": 1 of 2 results differ", lines().get(0));
        assertTrue(lines().get(1).contains(file + ":4:"), lines().get(1));
        assertEquals("1 file: 0 passed, 1 failed; 1 results agree, 1 differ", lines().get(2));
    }

    @Test
    void aMalformedLineIsNamedOnStderr() throws IOException {
        Path file = write("pool min_alloc_order=5\nalloc 3 0x0\n");
        assertEquals(1, run("vectors", file.toString()));
        assertTrue(last.err.contains(file + ":2: 'alloc' takes 4 tokens, found 3"), last.err);
        assertEquals("1 file: 0 passed, 1 failed; 0 results agree, 0 differ", lines().get(lines().size() - 1));
    }

    @Test
    void aMissingFileIsAnError() {
        assertEquals(1, run("vectors", dir.resolve("none.vec").toString()));
        assertTrue(last.err.contains("none.vec: no such file"), last.err);
    }

    @Test
    void anUnknownVariantIsAUsageError() {
        assertEquals(2, run("vectors", "--variant", "v5", "x.vec"));
        assertTrue(last.err.contains("unknown variant 'v5'"), last.err);
    }

    @Test
    void anEmptyOrCommentOnlyFileFails() throws IOException {
        for (String text : new String[] {"", "# nothing here\n\n", "pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\n"}) {
            Path file = write(text);
            assertEquals(1, run("vectors", file.toString()), last.toString());
            assertEquals(List.of("FAIL " + file + ": no results to check (no line with '->')",
                    "1 file: 0 passed, 1 failed; 0 results agree, 0 differ"), lines());
        }
    }

    @Test
    void filesAndResultsAreCountedApart() throws IOException {
        Path good = write("pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\nalloc 32 -> 0x1000\n");
        Path bad = dir.resolve("bad.vec");
        Files.writeString(bad, "pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=1024\navail -> 1\nsize -> 1024\n");
        assertEquals(1, run("vectors", good.toString(), bad.toString(), good.toString()));
        assertEquals("3 files: 2 passed, 1 failed; 3 results agree, 1 differ", lines().get(lines().size() - 1));
    }

    @Test
    void decimalsTakeEveryUnsigned64BitValue() throws IOException {
        Path file = write("pool min_alloc_order=40\nadd virt=0x1000000000000000 phys=0x0 size=1000000000000000000 "
                + "owner=18446744073709551615\nsize -> 1000000000000000000\n"
                + "alloc_owner 1099511627776 -> 0x1000000000000000 owner=18446744073709551615\n");
        assertEquals(0, run("vectors", file.toString()), last.toString());
        Path over = write("pool min_alloc_order=5\nadd virt=0x1000 phys=0x0 size=18446744073709551616\n");
        assertEquals(1, run("vectors", over.toString()));
        assertTrue(last.err.contains(over + ":2: decimal value 'size=18446744073709551616' is over 2^64 - 1"), last.err);
    }

    @Test
    void aHugeOrBinaryLineIsQuotedCutAndEscaped() throws IOException {
        Path file = dir.resolve("binary.vec");
        byte[] line = new byte[1_000_000];
        Arrays.fill(line, (byte) 'x');
        line[3] = 0;
        line[4] = (byte) 0xff;
        line[5] = 0x1b;
        Files.write(file, line);
        assertEquals(1, run("vectors", file.toString()));
        String message = last.err.strip();
        assertEquals(file + ":1: 'xxx\\x00\\xff\\x1b" + "x".repeat(74)
                + "' (cut: 1,000,000 characters in all) before the first 'pool' line",
                message.substring("poolscope vectors: ".length()));
        assertEquals(1, last.err.lines().count(), last.err);
    }
}
