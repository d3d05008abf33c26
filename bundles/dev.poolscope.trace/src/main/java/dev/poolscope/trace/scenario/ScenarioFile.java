package dev.poolscope.trace.scenario;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.InputFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads a scenario file a user wrote, as {@code record --scenario-file} does. */
public final class ScenarioFile {

    /** The largest file read: a scenario is a page or two, and a larger file is not one. */
    static final int MAX_BYTES = 1 << 20;

    private ScenarioFile() {
    }

    /**
     * The scenario in {@code file}, UTF-8 text.
     *
     * @throws FileOperationException  naming the file, when it is not a regular file, cannot be read,
     *                                 or is over 1 MiB
     * @throws ScenarioFormatException naming the file, the line and the problem
     */
    public static Scenario read(Path file) throws FileOperationException {
        return ScenarioText.parse(file.toString(), readText(file));
    }

    /**
     * The text of {@code file}, UTF-8, unparsed: for an editor, which shows a malformed file too.
     *
     * @throws FileOperationException naming the file, when it is not a regular file, cannot be read,
     *                                or is over 1 MiB
     */
    public static String readText(Path file) throws FileOperationException {
        byte[] bytes;
        try (InputStream in = Channels.newInputStream(InputFiles.open(file))) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (FileOperationException e) {
            throw e;
        } catch (IOException e) { // a read that failed part-way
            throw FileOperationException.of("read", file, e);
        }
        if (bytes.length > MAX_BYTES) {
            throw FileOperationException.of("read", file, "over 1 MiB, too large for a scenario file");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
