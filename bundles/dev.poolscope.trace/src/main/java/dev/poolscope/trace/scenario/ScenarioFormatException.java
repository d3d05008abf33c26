package dev.poolscope.trace.scenario;

/**
 * A scenario file that cannot be read: names the file, the line and what is wrong there, as
 * {@code FILE:LINE: problem}. A problem of the whole file (a required entry missing) is told at
 * its last line, where the file ends without it.
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String problem;

    public ScenarioFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** The file as the reader named it. */
    public String source() {
        return source;
    }

    /** The line's number, from 1. */
    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
