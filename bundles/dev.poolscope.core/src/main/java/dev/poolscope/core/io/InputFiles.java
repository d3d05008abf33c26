package dev.poolscope.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opening an input file, as every reader does it (traces, vector files): only a regular file is
 * opened, so a FIFO is refused at once instead of blocking until something writes to it, and a
 * directory or a device is named instead of failing later with "Is a directory" or "Illegal seek".
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * Opens {@code file} for reading.
     *
     * @throws FileOperationException naming the file, when it is absent, not a regular file, or cannot be opened
     */
    public static FileChannel open(Path file) throws FileOperationException {
        try {
            FileKind kind = FileKind.of(file);
            if (kind != FileKind.REGULAR) {
                throw FileOperationException.of("read", file, kind == FileKind.ABSENT ? "no such file"
                        : kind == FileKind.DIRECTORY ? "is a directory" : "is " + kind.description() + ", not a regular file");
            }
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (FileOperationException e) {
            throw e;
        } catch (IOException e) {
            throw FileOperationException.of("read", file, e);
        }
    }
}
