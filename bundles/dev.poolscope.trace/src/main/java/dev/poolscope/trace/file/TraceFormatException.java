package dev.poolscope.trace.file;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A trace file that is not a well-formed trace: the message names the file, the byte offset where
 * the problem is, and the problem with the value found.
 */
public final class TraceFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long offset;

    public TraceFormatException(Path file, long offset, String problem) {
        super(file + ": at byte " + offset + ": " + problem);
        this.file = file;
        this.offset = offset;
    }

    /** The damaged file. */
    public Path file() {
        return file;
    }

    /** Where in the file the problem is. */
    public long offset() {
        return offset;
    }
}
