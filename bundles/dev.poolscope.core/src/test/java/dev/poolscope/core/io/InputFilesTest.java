package dev.poolscope.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a regular file is opened as an input; anything else is refused at once, naming the file and what it is. */
class InputFilesTest {

    /** Far beyond a refusal, which reads no byte; a FIFO opened for reading would block forever. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aRegularFileOpens() throws IOException {
        Path file = Files.writeString(dir.resolve("trace"), "bytes");
        try (FileChannel channel = InputFiles.open(file)) {
            assertEquals(5, channel.size());
        }
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        assertRefused(fifo, "cannot read " + fifo + ": is a FIFO (named pipe), not a regular file");
    }

    @Test
    void directoriesDevicesAndMissingFilesAreNamed() {
        assertRefused(dir, "cannot read " + dir + ": is a directory");
        assertRefused(Path.of("/dev/null"), "cannot read /dev/null: is a character device, not a regular file");
        assertRefused(dir.resolve("none"), "cannot read " + dir.resolve("none") + ": no such file");
    }

    private static void assertRefused(Path input, String message) {
        FileOperationException refused = assertTimeoutPreemptively(PATIENCE,
                () -> assertThrows(FileOperationException.class, () -> InputFiles.open(input).close()));
        assertEquals(message, refused.getMessage());
        assertEquals(input, refused.file());
    }
}
