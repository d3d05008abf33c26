package dev.poolscope.analysis.capture;

import java.io.IOException;
import java.nio.file.Path;

/** A capture that does not follow CAPTURE-FORMAT.md: names the file, the line and the problem ({@code FILE:LINE: PROBLEM}). */
public final class CaptureFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    public CaptureFormatException(Path file, long line, String problem) {
        super(file + ":" + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    /** The line number, from 1. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
