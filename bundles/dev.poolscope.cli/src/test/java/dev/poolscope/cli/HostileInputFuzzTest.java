package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.file.TraceFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and crafted input to every reader of the command line, from a fixed seed: workload texts
 * to {@code record}, vector files to {@code vectors}, damaged and crafted trace files to {@code replay
 * --check} and {@code export-ctf}. Whatever the input, a command either does its job (and then what
 * it wrote is whole) or ends with exit code 1 or 2 and one message naming the input, with no stack
 * trace, no exception's class name and nothing written under the output name.
 */
class HostileInputFuzzTest {

    private static final long SEED = 20261202L;

    @TempDir
    Path dir;

    @Test
    void workloadTexts() throws IOException {
        HostileInputs inputs = new HostileInputs(new Random(SEED));
        int recorded = 0;
        for (int i = 0; i < 150; i++) {
            String text = inputs.workload();
            boolean scheduled = i % 3 == 0;
            Path output = dir.resolve("w" + i + ".pstrace");
            if (i % 2 == 0) {
                Files.writeString(output, "precious");
            }
            CommandRun run = scheduled ? CommandRun.of("record", "--scheduled", "--workload", text, "-o", output.toString())
                    : CommandRun.of("record", "--workload", text, "-o", output.toString());
            String context = "case " + i + ": " + text + "\n" + run;
            if (run.exitCode == 0) {
                recorded++;
                CommandRun check = CommandRun.of("replay", output.toString(), "--check");
                assertEquals(0, check.exitCode, context + "\nrecorded, but:\n" + check);
            } else {
                assertRefused(run, "poolscope record: ", context);
                assertTrue(run.exitCode == 2 || run.err.startsWith("poolscope record: bad workload token '")
                        || run.err.contains(output.toString()), context);
                assertEquals(i % 2 == 0 ? List.of("precious") : List.of(), contents(output), context);
            }
            assertEquals(List.of(), strays(output), context);
        }
        assertTrue(recorded > 5 && recorded < 145, "the inputs should mix runs that record and runs refused: " + recorded);
    }

    @Test
    void vectorFiles() throws IOException {
        HostileInputs inputs = new HostileInputs(new Random(SEED + 1));
        Path valid = dir.resolve("valid.vec");
        Files.write(valid, (String.join("\n", HostileInputs.validVectorLines()) + "\n").getBytes());
        CommandRun unchanged = CommandRun.of("vectors", valid.toString());
        assertEquals(0, unchanged.exitCode, "the file every case mutates passes: " + unchanged);
        for (int i = 0; i < 300; i++) {
            Path file = dir.resolve("v" + i + ".vec");
            Files.write(file, inputs.vectorFile());
            CommandRun run = CommandRun.of("vectors", file.toString());
            String context = "case " + i + ":\n" + run;
            List<String> lines = run.lines();
            assertTrue(lines.get(lines.size() - 1).matches("1 file: [01] passed, [01] failed; [0-9,]+ results agree, [0-9,]+ differ"),
                    context);
            assertTrue(lines.stream().allMatch(line -> line.length() < 600), "lines are cut: " + context);
            if (run.exitCode == 0) {
                assertTrue(lines.get(0).startsWith("PASS " + file), context);
            } else if (!run.err.isEmpty()) {
                assertRefused(run, "poolscope vectors: " + file, context);
                assertTrue(run.err.length() < 600, "a message quotes a cut line: " + context);
            } else {
                assertEquals(1, run.exitCode, context);
                assertTrue(lines.get(0).startsWith("FAIL " + file + ": "), context);
            }
        }
    }

    @Test
    void traceFiles() throws IOException {
        Path base = dir.resolve("base.pstrace");
        CommandRun record = CommandRun.of("record", "--scheduled", "--workload",
                "threads=2 ops=25 chunks=8KiB@0x10000000,4KiB@0x10004000 sizes=uniform:32..600", "--seed", "5", "-o", base.toString());
        assertEquals(0, record.exitCode, record.toString());
        HostileTraces traces = HostileTraces.of(new Random(SEED + 2), base);
        int[] outcomes = new int[3]; // refused on opening, refused or failed by the replay or check, passed
        for (int i = 0; i < 200; i++) {
            Path file = dir.resolve("t" + i + ".pstrace");
            traces.write(file);
            boolean opens = opens(file);
            CommandRun replay = CommandRun.of("replay", file.toString(), "--check");
            String context = "case " + i + " (opens: " + opens + "):\n" + replay;
            outcomes[!opens ? 0 : replay.exitCode == 0 ? 2 : 1]++;
            if (replay.exitCode == 0) {
                assertTrue(opens && replay.out.contains("intact") && replay.out.contains("check: passed"), context);
            } else if (!replay.err.isEmpty() || !opens) {
                assertRefused(replay, "poolscope replay: " + file + ": ", context);
            } else {
                assertEquals(1, replay.exitCode, context);
                assertTrue(replay.out.startsWith(file + ": "), context);
                assertTrue(replay.out.contains("\ncheck: ") && !replay.out.contains("check: passed\n") || replay.out.contains("damaged"),
                        context);
            }
            Path ctf = dir.resolve("ctf" + i);
            CommandRun export = CommandRun.of("export-ctf", file.toString(), ctf.toString());
            String exported = "case " + i + " (opens: " + opens + "):\n" + export;
            if (opens) {
                assertEquals(0, export.exitCode, exported);
                assertTrue(Files.isRegularFile(ctf.resolve("metadata")), exported);
            } else {
                assertRefused(export, "poolscope export-ctf: " + file + ": ", exported);
                assertFalse(Files.exists(ctf), exported);
            }
        }
        assertTrue(outcomes[0] > 20 && outcomes[1] > 20, "the inputs should reach the reader, the replay and the check: "
                + Arrays.toString(outcomes));
    }

    /** Exit code 1 or 2, one line on stderr (the usage after a usage error aside) starting {@code start}, no stack trace. */
    private static void assertRefused(CommandRun run, String start, String context) {
        assertTrue(run.exitCode == 1 || run.exitCode == 2, context);
        assertTrue(run.err.startsWith(start), context);
        if (run.exitCode == 1) {
            assertEquals(1, run.err.lines().count(), "one message: " + context);
        }
        assertFalse(run.err.contains("\tat ") || run.err.contains("Exception") || run.err.contains("Error")
                || run.err.contains("java."), "no stack trace or class name: " + context);
    }

    private static boolean opens(Path file) {
        try (TraceFile trace = TraceFile.open(file)) {
            return trace.header() != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> contents(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    /** Files beside {@code output} whose names start with its name, other than itself: temporary files left. */
    private static List<Path> strays(Path output) throws IOException {
        try (Stream<Path> files = Files.list(output.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(output.getFileName().toString()) && !f.equals(output))
                    .toList();
        }
    }
}
