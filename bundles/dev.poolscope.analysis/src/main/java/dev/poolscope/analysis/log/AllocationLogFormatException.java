package dev.poolscope.analysis.log;

import java.nio.file.Path;

/** A line of an allocation log that does not follow the format: names the file, the line and the problem. */
public final class AllocationLogFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;
    private final String problem;

    public AllocationLogFormatException(Path file, long line, String problem) {
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
