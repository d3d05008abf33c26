package dev.poolscope.analysis.capture;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A capture that does not follow CAPTURE-FORMAT.md: names the file, the line, the byte offset where
 * that line starts, and the problem ({@code FILE:LINE (byte OFFSET): PROBLEM}).
 */
public final class CaptureFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final long offset;
    private final String problem;

    public CaptureFormatException(Path file, long line, long offset, String problem) {
        super(file + ":" + line + " (byte " + offset + "): " + problem);
        this.file = file;
        this.line = line;
        this.offset = offset;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The line number, from 1. */
    public long line() {
        return line;
    }

    /** The byte offset in the file where the line starts, from 0. */
    public long offset() {
        return offset;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
