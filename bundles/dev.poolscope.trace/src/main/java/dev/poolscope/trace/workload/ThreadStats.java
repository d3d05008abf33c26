package dev.poolscope.trace.workload;

/**
 * What one thread did.
 *
 * @param allocs       alloc calls, failed ones included
 * @param failedAllocs alloc calls that returned no memory
 * @param frees        free calls
 */
public record ThreadStats(long allocs, long failedAllocs, long frees) {

    /** Operations: alloc and free calls. */
    public long ops() {
        return allocs + frees;
    }
}
