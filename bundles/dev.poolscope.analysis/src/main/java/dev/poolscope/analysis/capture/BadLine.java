package dev.poolscope.analysis.capture;

/** A problem found in one line, before the reader adds the file and line number to it. */
final class BadLine extends Exception {

    private static final long serialVersionUID = 1L;

    BadLine(String problem) {
        super(problem, null, false, false);
    }
}
