package dev.poolscope.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of file error in the same words, from the exceptions real file operations throw: the
 * JDK's say only the path (permission denied, no such file) or only the reason (a full disk).
 */
class FileOperationExceptionTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskSaysTheFileAndTheReason() {
        Path full = Path.of("/dev/full"); // every write to it fails with ENOSPC
        IOException failure = assertThrows(IOException.class, () -> {
            try (OutputStream out = Files.newOutputStream(full)) {
                out.write(new byte[4096]);
            }
        });
        assertEquals("cannot write /dev/full (a block at byte 0): no space left on device",
                FileOperationException.of("write", full, "a block at byte 0", failure).getMessage());
    }

    @Test
    void missingFilesExistingFilesAndDirectoriesSayWhatTheyAre() throws IOException {
        Path none = dir.resolve("none");
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertEquals("cannot read " + none + ": no such file",
                described("read", none, () -> Files.readAllBytes(none)));
        assertEquals("cannot write " + file + ": already exists",
                described("write", file, () -> Files.createFile(file)));
        assertEquals("cannot write " + dir + ": is a directory",
                described("write", dir, () -> Files.newOutputStream(dir).close()));
        assertEquals("cannot write " + file.resolve("x") + ": not a directory",
                described("write", file.resolve("x"), () -> Files.createFile(file.resolve("x"))));
    }

    @Test
    void permissionDeniedIsSaidInWords() {
        // the tests run as root, who is denied nothing here; the JDK's exception for EACCES is this one
        // (the command line test of a read-only directory gets a real one, in a child without the capability)
        assertEquals("cannot write ro/x.pstrace: permission denied", FileOperationException.of("write",
                Path.of("ro/x.pstrace"), new AccessDeniedException("ro/x.pstrace")).getMessage());
    }

    @Test
    void anOutcomeFollowsTheReason() {
        FileOperationException failure = FileOperationException.of("write", Path.of("x.part"), "a block at byte 7",
                new IOException("File too large"));
        assertEquals("cannot write x.part (a block at byte 7): file too large; x is as it was",
                failure.withOutcome("x is as it was").getMessage());
        assertEquals("file too large", failure.reason());
    }

    private static String described(String operation, Path file, FileOperation action) {
        return FileOperationException.of(operation, file, assertThrows(IOException.class, action::run)).getMessage();
    }

    private interface FileOperation {
        void run() throws IOException;
    }
}
