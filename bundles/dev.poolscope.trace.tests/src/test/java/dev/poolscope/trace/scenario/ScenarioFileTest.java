package dev.poolscope.trace.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poolscope.core.io.FileOperationException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file read from disk: its errors name its path; a file that is not one is refused by name. */
class ScenarioFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileReadsAsItsText() throws Exception {
        Scenario scenario = Scenarios.byName("retry-storm");
        Path file = Files.writeString(dir.resolve("storm.scenario"), ScenarioText.write(scenario));
        assertEquals(scenario, ScenarioFile.read(file));
    }

    @Test
    void aMalformedFileIsToldByItsPathAndLine() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.scenario"), "# nothing but\nname: bad\ncolour: red\n");
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioFile.read(file));
        assertEquals(file + ":3: unknown key 'colour' (known: name, title, explanation, pool, side-by-side, "
                + "thread N, schedule, interesting)", e.getMessage());
    }

    @Test
    void aFileThatIsNotThereOrTooLargeIsRefusedByName() throws Exception {
        Path absent = dir.resolve("absent.scenario");
        assertEquals("cannot read " + absent + ": no such file",
                assertThrows(FileOperationException.class, () -> ScenarioFile.read(absent)).getMessage());
        Path large = Files.write(dir.resolve("large.scenario"), new byte[ScenarioFile.MAX_BYTES + 1]);
        assertEquals("cannot read " + large + ": over 1 MiB, too large for a scenario file",
                assertThrows(FileOperationException.class, () -> ScenarioFile.read(large)).getMessage());
        assertEquals("cannot read " + dir + ": is a directory",
                assertThrows(FileOperationException.class, () -> ScenarioFile.read(dir)).getMessage());
    }
}
