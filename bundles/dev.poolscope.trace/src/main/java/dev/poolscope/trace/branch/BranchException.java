package dev.poolscope.trace.branch;

/**
 * A trace that cannot be branched where asked: it was not recorded under the controlled scheduler,
 * its run cannot be made again, or the thread asked for cannot take the step. The message says which
 * and why, naming the trace.
 */
public final class BranchException extends Exception {

    private static final long serialVersionUID = 1L;

    public BranchException(String message) {
        super(message);
    }

    public BranchException(String message, Throwable cause) {
        super(message, cause);
    }
}
