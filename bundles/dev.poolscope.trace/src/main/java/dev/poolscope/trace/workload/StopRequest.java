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

    /** Asks the run to stop; the run's threads see it before their next operation. */
    public void request() {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }

    /** {@code program}, but with no more operations once the stop is requested. */
    public ThreadProgram untilRequested(ThreadProgram program) {
        return new ThreadProgram() {
            @Override
            public PlannedOperation next() {
                // asked only between calls on the pool: ending here ends the thread at an operation boundary
                return requested ? null : program.next();
            }

            @Override
            public void allocated(PlannedOperation.Alloc alloc, long address) {
                program.allocated(alloc, address);
            }
        };
    }
}
