package dev.poolscope.trace.workload;

/**
 * A request from outside a run that its threads stop at an operation boundary: each finishes the
 * call it is in and then takes no more, so the run ends whole, as if every program had ended there
 * (Ctrl+C on {@code poolscope record}). Interrupting a run is the other way to end it early, a
 * cancel: nothing of a cancelled run is kept, and a scheduled one stops in the middle of a step.
 */
public final class StopRequest {

    /** Volatile: set by any thread, read by each of the run's threads before its next operation. */
    private volatile boolean requested;
    /** A request that counts for this one too, or null. */
    private final StopRequest outer;

    public StopRequest() {
        this(null);
    }

    private StopRequest(StopRequest outer) {
        this.outer = outer;
    }

    /**
     * A request of its own that is also requested once this one is: for a run that may stop for a
     * reason of its own (a write that failed) as well as for its caller's (Ctrl+C), while the caller
     * still tells which of the two it was.
     */
    public StopRequest inner() {
        return new StopRequest(this);
    }

    /** Asks the run to stop; the run's threads see it before their next operation. */
    public void request() {
        requested = true;
    }

    /** True once this request, or the one it is {@link #inner()} to, is requested. */
    public boolean requested() {
        return requested || outer != null && outer.requested();
    }

    /** {@code program}, but with no more operations once the stop is requested. */
    public ThreadProgram untilRequested(ThreadProgram program) {
        return new ThreadProgram() {
            @Override
            public PlannedOperation next() {
                // asked only between calls on the pool: ending here ends the thread at an operation boundary
                return requested() ? null : program.next();
            }

            @Override
            public void allocated(PlannedOperation.Alloc alloc, long address) {
                program.allocated(alloc, address);
            }
        };
    }
}
