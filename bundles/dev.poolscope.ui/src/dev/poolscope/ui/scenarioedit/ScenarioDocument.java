package dev.poolscope.ui.scenarioedit;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.trace.scenario.ScenarioFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file an edited scenario came from and goes to, and its text as last read or saved, which
 * tells the editor whether there are unsaved changes. The text is read and written as it is, a
 * malformed scenario as well as a good one: the editor shows what is wrong with it.
 */
public final class ScenarioDocument {

    private Path file;
    private String saved;

    /** A document of no file yet, whose {@code text} counts as unchanged. */
    public ScenarioDocument(String text) {
        this.saved = text;
    }

    /** The file it was last read from or saved to, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The name the parser and the window give the text: the file's name, or {@code untitled}. */
    public String name() {
        return file == null ? "untitled" : file.getFileName().toString();
    }

    /** True when {@code text} differs from the text last read or saved. */
    public boolean changed(String text) {
        return !saved.equals(text);
    }

    /**
     * Reads {@code from} (UTF-8), which becomes the document's file.
     *
     * @throws FileOperationException naming the file, when it is not a regular file, cannot be read
     *                                or is over 1 MiB ({@link ScenarioFile#readText})
     */
    public String read(Path from) throws FileOperationException {
        saved = ScenarioFile.readText(from);
        file = from;
        return saved;
    }

    /**
     * Writes {@code text} (UTF-8) to {@code to}, whole or not at all, which becomes the document's file.
     *
     * @throws FileOperationException naming the file, when it cannot be written; it is then as it was
     */
    public void save(Path to, String text) throws FileOperationException {
        try (WholeOutput out = WholeOutput.file(to)) {
            Files.writeString(out.temporary(), text, StandardCharsets.UTF_8);
            out.commit();
        } catch (FileOperationException e) {
            throw e;
        } catch (IOException e) {
            throw FileOperationException.of("write", to, e);
        }
        saved = text;
        file = to;
    }
}
