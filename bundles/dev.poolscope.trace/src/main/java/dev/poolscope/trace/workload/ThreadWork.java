package dev.poolscope.trace.workload;

import dev.poolscope.core.GenPool;

/**
 * One thread's work on a pool: takes its program's operations one at a time, makes each call and
 * reports allocations back to the program, and counts what it did. Used by the real-thread runner
 * and by the controlled scheduler alike; confined to the thread that does the work.
 */
public final class ThreadWork {

    private final ThreadProgram program;
    private final GenPool pool;
    private long allocs;
    private long failedAllocs;
    private long frees;

    public ThreadWork(ThreadProgram program, GenPool pool) {
        this.program = program;
        this.pool = pool;
    }

    /** Makes the program's next call; null when the program has ended. */
    public OpResult performNext() {
        PlannedOperation operation = program.next();
        OpResult result = null;
        if (operation != null) {
            long address = operation.applyTo(pool);
            if (operation instanceof PlannedOperation.Alloc alloc) {
                allocs++;
                failedAllocs += address == 0 ? 1 : 0;
                program.allocated(alloc, address);
            } else {
                frees++;
            }
            result = new OpResult(operation, address);
        }
        return result;
    }

    public ThreadStats stats() {
        return new ThreadStats(allocs, failedAllocs, frees);
    }
}
