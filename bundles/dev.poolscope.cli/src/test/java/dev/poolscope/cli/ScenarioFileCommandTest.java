package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.scenario.ScenarioText;
import dev.poolscope.trace.scenario.Scenarios;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scenarios --write} and {@code record --scenario-file}: a scenario file records as its named scenario does. */
class ScenarioFileCommandTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenScenarioFileRecordsTheNamedScenariosTraceByteForByte() throws Exception {
        CommandRun write = CommandRun.expecting(0, "scenarios", "--write", "v4-search-start");
        assertEquals(ScenarioText.write(Scenarios.byName("v4-search-start")), write.out);
        Path file = Files.writeString(dir.resolve("v4.scenario"), write.out);
        Path fromFile = dir.resolve("file.pstrace");
        Path named = dir.resolve("named.pstrace");

        CommandRun record = CommandRun.expecting(0, "record", "--scenario-file", file.toString(), "--variant",
                "mainline", "-o", fromFile.toString());
        CommandRun.expecting(0, "record", "--scenario", "v4-search-start", "--variant", "mainline", "-o",
                named.toString());

        assertTrue(record.out.startsWith("recorded scenario v4-search-start (" + Scenarios.byName("v4-search-start")
                .title() + ") under mainline: "), record.out);
        assertArrayEquals(Files.readAllBytes(named), Files.readAllBytes(fromFile));
        assertTrue(CommandRun.expecting(0, "replay", fromFile.toString(), "--check").out.contains("check: passed"));
    }

    @Test
    void aMalformedFileIsToldByFileAndLineAndRecordsNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.scenario"), "name: bad\ntitle: Bad\ncolour: red\n");
        Path trace = dir.resolve("bad.pstrace");
        CommandRun run = CommandRun.expecting(1, "record", "--scenario-file", file.toString(), "-o", trace.toString());
        assertEquals("poolscope record: " + file + ":3: unknown key 'colour' (known: name, title, explanation, pool, "
                + "side-by-side, thread N, schedule, interesting)", run.err.strip());
        assertFalse(Files.exists(trace));
        Path absent = dir.resolve("absent.scenario");
        assertEquals("poolscope record: cannot read " + absent + ": no such file", CommandRun.expecting(1, "record",
                "--scenario-file", absent.toString(), "-o", trace.toString()).err.strip());
    }

    @Test
    void aScenarioFileGoesWithNoNamedScenarioAndNoWorkload() throws Exception {
        Path file = Files.writeString(dir.resolve("race.scenario"),
                ScenarioText.write(Scenarios.byName("same-word-race")));
        String out = dir.resolve("x.pstrace").toString();
        assertTrue(CommandRun.expecting(2, "record", "--scenario", "same-word-race", "--scenario-file", file.toString(),
                "-o", out).err.contains("--scenario and --scenario-file are mutually exclusive: give one"));
        assertTrue(CommandRun.expecting(2, "record", "--scenario-file", file.toString(), "--threads", "2", "-o", out)
                .err.contains("--scenario-file runs a fixed program and schedule"));
        assertTrue(CommandRun.expecting(1, "scenarios", "--write", "nope").err
                .startsWith("poolscope scenarios: unknown scenario 'nope' (known: same-word-race, "));
    }
}
