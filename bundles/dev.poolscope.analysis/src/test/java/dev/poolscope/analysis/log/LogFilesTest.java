package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.FileOperationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one rule that tells an allocation log from a trace. */
class LogFilesTest {

    @TempDir
    Path dir;

    @Test
    void aLogIsKnownByItsHeaderAfterCommentsAndBlankLines() throws IOException {
        assertTrue(LogFiles.isAllocationLog(write("a.csv", "op,size,id\nalloc,64,1\n")));
        assertTrue(LogFiles.isAllocationLog(write("b.txt", "# captured on host x\n\n# order 5\nop,size,id\n")),
                "the name does not matter, the header does");
    }

    @Test
    void otherFilesAreNotLogs() throws IOException {
        assertFalse(LogFiles.isAllocationLog(write("c.csv", "size,op,id\n")), "another header");
        assertFalse(LogFiles.isAllocationLog(write("d.csv", "")), "empty");
        assertFalse(LogFiles.isAllocationLog(write("e.csv", "# only a comment\n")));
        Path binary = dir.resolve("f.pstrace");
        Files.write(binary, new byte[] {(byte) 0xc1, 0x1f, (byte) 0xfc, (byte) 0xc1, 0, 0, 0, 1});
        assertFalse(LogFiles.isAllocationLog(binary), "a trace's bytes");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("missing.csv");
        FileOperationException error = assertThrows(FileOperationException.class, () -> LogFiles.isAllocationLog(missing));
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
