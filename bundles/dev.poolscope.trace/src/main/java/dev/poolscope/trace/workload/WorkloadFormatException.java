package dev.poolscope.trace.workload;

/** A workload's one-line form that cannot be read: names the bad token and what is wrong with it. */
public final class WorkloadFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String token;

    public WorkloadFormatException(String token, String problem) {
        super("bad workload token '" + token + "': " + problem);
        this.token = token;
    }

    /** The token as given (several, space-separated, when the problem lies between them). */
    public String token() {
        return token;
    }
}
