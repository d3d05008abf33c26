package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Babeltrace2;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** record, scenarios, replay and export-ctf end to end, as a script would use them. */
class TraceCommandsTest {

    @TempDir
    Path dir;

    private static CommandRun ok(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.exitCode, () -> String.join(" ", args) + "\n" + run);
        return run;
    }

    @Test
    void scenariosListsEveryScenarioWithItsTitle() {
        String out = ok("scenarios").out;
        for (Scenario scenario : Scenarios.all()) {
            assertTrue(out.contains(scenario.name()) && out.contains(scenario.title()), out);
        }
        assertTrue(ok("scenarios", "--explain").out.contains(Scenarios.byName("retry-storm").explanation().split(" ")[0]));
    }

    @Test
    void aRecordedScenarioReplaysAndChecks() {
        Path trace = dir.resolve("rollback.pst");
        ok("record", "--scenario", "cross-word-rollback", "-o", trace.toString());
        CommandRun replay = ok("replay", trace.toString(), "--check");
        assertTrue(replay.out.contains("intact"), replay.out);
        assertTrue(replay.out.contains(" 1 rollbacks, 1 retries"), replay.out);
        assertTrue(replay.out.contains("check: passed"), replay.out);
    }

    @Test
    void theSameSeedRecordsTheSameFileUnderTheScheduler() throws IOException {
        Path first = dir.resolve("a.pst");
        Path second = dir.resolve("b.pst");
        String workload = "threads=3 ops=300 chunks=64KiB@0x10000000";
        ok("record", "--scheduled", "--workload", workload, "--seed", "11", "-o", first.toString());
        ok("record", "--scheduled", "--workload", workload, "--seed", "11", "-o", second.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        ok("record", "--scheduled", "--workload", workload, "--seed", "12", "-o", second.toString());
        assertTrue(!Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)), "another seed, another run");
    }

    @Test
    void aRealThreadRunPassesTheCheck() {
        Path trace = dir.resolve("real.pst");
        CommandRun record = ok("record", "--workload", "ops=2000 chunks=64KiB@0x10000000", "--threads", "4",
                "-o", trace.toString());
        assertTrue(record.out.contains("real threads"), record.out);
        CommandRun replay = ok("replay", trace.toString(), "--check");
        assertTrue(replay.out.contains("check: passed"), replay.out);
        assertEquals(4, replay.lines().stream().filter(l -> l.matches("T\\d+ .*")).count(), replay.out);
    }

    @Test
    void aDamagedTraceFailsTheCheckAndSaysWhatWasLost() throws IOException {
        Path trace = dir.resolve("whole.pst");
        ok("record", "--workload", "ops=3000 chunks=64KiB@0x10000000", "--threads", "2", "-o", trace.toString());
        byte[] bytes = Files.readAllBytes(trace);
        Path torn = dir.resolve("torn.pst");
        Files.write(torn, Arrays.copyOf(bytes, bytes.length - 100));
        CommandRun replay = CommandRun.of("replay", torn.toString(), "--check");
        assertEquals(1, replay.exitCode, replay.toString());
        assertTrue(replay.out.contains("torn last block"), replay.out);
        assertTrue(replay.out.contains("the trace is damaged"), replay.out);
    }

    @Test
    void garbageIsRefusedWithFileAndOffsetAndNoStackTrace() throws IOException {
        Path garbage = dir.resolve("garbage.pst");
        Files.writeString(garbage, "not a trace at all, not even close");
        CommandRun replay = CommandRun.of("replay", garbage.toString());
        assertEquals(1, replay.exitCode);
        assertTrue(replay.err.startsWith("poolscope replay: " + garbage + ": at byte "), replay.err);
        assertTrue(!replay.err.contains("\tat "), "no stack trace unless asked: " + replay.err);
        assertTrue(CommandRun.of("replay", garbage.toString(), "--stacktrace").err.contains("\tat "));
    }

    @Test
    void badArgumentsAreNamed() {
        CommandRun scenario = CommandRun.of("record", "--scenario", "nope", "-o", dir.resolve("x").toString());
        assertEquals(1, scenario.exitCode);
        assertTrue(scenario.err.contains("unknown scenario 'nope'"), scenario.err);
        CommandRun workload = CommandRun.of("record", "--workload", "sizes=unif:1..2", "-o", dir.resolve("y").toString());
        assertTrue(workload.err.contains("'sizes=unif:1..2'"), workload.err);
        CommandRun missing = CommandRun.of("replay", dir.resolve("none.pst").toString());
        assertTrue(missing.err.contains("none.pst: no such file"), missing.err);
    }

    @Test
    void exportCtfWritesOneCtfEventPerTraceEventThatBabeltraceReads() throws Exception {
        Path trace = dir.resolve("race.pst");
        ok("record", "--scenario", "same-word-race", "-o", trace.toString());
        Path ctf = dir.resolve("ctf");
        CommandRun export = ok("export-ctf", trace.toString(), ctf.toString());
        long events = Long.parseLong(export.out.replaceAll("(?s)^wrote ([0-9,]+) events.*", "$1").replace(",", ""));
        assertEquals(events, Babeltrace2.events(dir, ctf).size());
        assertTrue(events > 10, export.out);
    }
}
