package dev.poolscope.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing whole or not at all: the target is replaced in one rename, or stays as it was with nothing left beside it. */
class WholeOutputTest {

    private static final byte[] PRECIOUS = "a trace of an earlier run".getBytes();

    @TempDir
    Path dir;

    @Test
    void aWholeFileReplacesTheTargetAndLeavesNoTemporary() throws IOException {
        Path target = Files.write(dir.resolve("run.pstrace"), PRECIOUS);
        try (WholeOutput out = WholeOutput.file(target)) {
            assertEquals(dir.resolve("run.pstrace.part"), out.temporary());
            Files.writeString(out.temporary(), "the new run");
            assertArrayEquals(PRECIOUS, Files.readAllBytes(target), "the target is untouched until the commit");
            out.commit();
        }
        assertEquals("the new run", Files.readString(target));
        assertEquals(List.of(target), Files.list(dir).toList());
    }

    @Test
    void aFailureLeavesTheTargetAsItWasAndNoTemporary() throws IOException {
        Path target = Files.write(dir.resolve("run.pstrace"), PRECIOUS);
        IOException failure = assertThrows(IOException.class, () -> {
            try (WholeOutput out = WholeOutput.file(target)) {
                Files.writeString(out.temporary(), "half of a run");
                throw out.failed(FileOperationException.of("write", out.temporary(), "file too large"));
            }
        });
        assertArrayEquals(PRECIOUS, Files.readAllBytes(target));
        assertEquals(List.of(target), Files.list(dir).toList());
        assertEquals("cannot write " + target + ".part: file too large; nothing was kept (" + target
                + ".part is deleted): " + target + " is as it was", failure.getMessage());
    }

    @Test
    void aFailureOfAnyKindBeforeTheCommitLeavesNoTargetWhereThereWasNone() throws IOException {
        Path target = dir.resolve("new.pstrace");
        assertThrows(OutOfMemoryError.class, () -> {
            try (WholeOutput out = WholeOutput.file(target)) {
                Files.writeString(out.temporary(), "half of a run");
                throw new OutOfMemoryError("an allocator bug");
            }
        });
        assertEquals(List.of(), Files.list(dir).toList());
    }

    @Test
    void aWholeDirectoryIsRenamedIntoPlaceAndReplacesAnEmptyOne() throws IOException {
        for (boolean existed : new boolean[] {false, true}) {
            Path target = dir.resolve("ctf-" + existed);
            if (existed) {
                Files.createDirectory(target);
            }
            try (WholeOutput out = WholeOutput.directory(target)) {
                Files.writeString(out.temporary().resolve("metadata"), "/* CTF 1.8 */");
                Files.writeString(out.temporary().resolve("thread-0"), "packets");
                assertEquals(List.of(), Files.exists(target) ? Files.list(target).toList() : List.of());
                out.commit();
            }
            assertEquals("packets", Files.readString(target.resolve("thread-0")));
            assertFalse(Files.exists(WholeOutput.temporaryOf(target)));
        }
    }

    @Test
    void aFailedDirectoryIsDeletedWithItsFiles() throws IOException {
        Path target = dir.resolve("ctf");
        assertThrows(IOException.class, () -> {
            try (WholeOutput out = WholeOutput.directory(target)) {
                Files.writeString(out.temporary().resolve("thread-0"), "the first packets");
                throw out.failed(new IOException("the trace is damaged at byte 4096"));
            }
        });
        assertEquals(List.of(), Files.list(dir).toList());
    }

    @Test
    void aTemporaryInTheWayIsNeverOverwritten() throws IOException {
        Path target = dir.resolve("run.pstrace");
        Path leftOver = Files.write(dir.resolve("run.pstrace.part"), PRECIOUS);
        FileOperationException refused = assertThrows(FileOperationException.class, () -> WholeOutput.file(target));
        assertTrue(refused.getMessage().startsWith("cannot write " + target + ": " + leftOver + " is in the way"),
                refused.getMessage());
        assertArrayEquals(PRECIOUS, Files.readAllBytes(leftOver));
        assertFalse(Files.exists(target));
    }

    @Test
    void targetsOfTheWrongKindAreRefusedBeforeAnythingIsCreated() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("a-directory"));
        Path file = Files.write(dir.resolve("a-file"), PRECIOUS);
        Files.writeString(Files.createDirectory(dir.resolve("busy")).resolve("README"), "someone's file");

        assertRefused("cannot write " + directory + ": is a directory", () -> WholeOutput.file(directory));
        assertRefused("cannot write /dev/null: is a character device, not a regular file",
                () -> WholeOutput.file(Path.of("/dev/null")));
        assertRefused("cannot write " + file + ": is a regular file, not a directory", () -> WholeOutput.directory(file));
        assertRefused("cannot write " + dir.resolve("busy") + ": not an empty directory",
                () -> WholeOutput.directory(dir.resolve("busy")));
        assertRefused("cannot write " + file.resolve("x") + ": not a directory",
                () -> WholeOutput.file(file.resolve("x")));
        assertRefused("cannot write " + dir.resolve("none/x") + ": no such directory " + dir.resolve("none"),
                () -> WholeOutput.file(dir.resolve("none/x")));
        assertEquals(List.of("a-directory", "a-file", "busy"), Files.list(dir).map(p -> p.getFileName().toString())
                .sorted().toList());
    }

    private static void assertRefused(String messageStart, Opening opening) {
        FileOperationException refused = assertThrows(FileOperationException.class, opening::open);
        assertTrue(refused.getMessage().startsWith(messageStart), refused.getMessage());
    }

    private interface Opening {
        WholeOutput open() throws IOException;
    }
}
