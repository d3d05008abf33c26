package dev.poolscope.ui.scenarioedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.FileOperationException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edited scenario's file: text written and read as it is, unsaved changes told, failures naming the file. */
class ScenarioDocumentTest {

    @TempDir
    Path dir;

    @Test
    void aNewDocumentHasNoFileAndItsFirstTextIsUnchanged() {
        ScenarioDocument document = new ScenarioDocument("name: a\n");

        assertEquals(Optional.empty(), document.file());
        assertEquals("untitled", document.name());
        assertFalse(document.changed("name: a\n"));
        assertTrue(document.changed("name: b\n"));
    }

    @Test
    void saveWritesExactlyTheTextAndReadGivesItBack() throws Exception {
        String text = "# not a scenario at all \u00e9\r\nname: Bad Name\n\n  \n";
        Path file = dir.resolve("mine.scenario");
        ScenarioDocument document = new ScenarioDocument("");

        document.save(file, text);

        assertEquals(text, Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("mine.scenario", document.name());
        assertFalse(document.changed(text));
        assertFalse(Files.exists(dir.resolve("mine.scenario.part")));
        ScenarioDocument other = new ScenarioDocument("");
        assertEquals(text, other.read(file));
        assertEquals(Optional.of(file), other.file());
        assertFalse(other.changed(text));
    }

    @Test
    void anUnreadableFileIsNamedAndTheDocumentStaysAsItWas() {
        ScenarioDocument document = new ScenarioDocument("start");

        FileOperationException absent = assertThrows(FileOperationException.class,
                () -> document.read(dir.resolve("absent.scenario")));
        FileOperationException directory = assertThrows(FileOperationException.class, () -> document.read(dir));

        assertEquals("cannot read " + dir.resolve("absent.scenario") + ": no such file", absent.getMessage());
        assertEquals("cannot read " + dir + ": is a directory", directory.getMessage());
        assertEquals(Optional.empty(), document.file());
        assertFalse(document.changed("start"));
    }

    @Test
    void aFileOverOneMebibyteIsRefused() throws Exception {
        Path big = Files.write(dir.resolve("big.scenario"), new byte[(1 << 20) + 1]);

        FileOperationException e = assertThrows(FileOperationException.class, () -> new ScenarioDocument("").read(big));

        assertTrue(e.getMessage().startsWith("cannot read " + big + ": over 1 MiB"), e.getMessage());
    }

    @Test
    void aFailedSaveNamesTheFileAndKeepsTheOldOne() throws Exception {
        Path into = dir.resolve("sub");
        Files.createDirectory(into);
        ScenarioDocument document = new ScenarioDocument("start");

        FileOperationException e = assertThrows(FileOperationException.class, () -> document.save(into, "text"));

        assertTrue(e.getMessage().startsWith("cannot write " + into), e.getMessage());
        assertEquals(Optional.empty(), document.file());
        assertTrue(document.changed("text"));
    }
}
