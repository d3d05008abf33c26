package dev.poolscope.model;

/**
 * What one thread did over a whole trace.
 *
 * @param thread       the logical thread
 * @param events       its events
 * @param allocs       allocations it began
 * @param failedAllocs allocations that returned no memory
 * @param frees        frees it began
 * @param races        its failed CASes
 * @param rollbacks    its rollbacks
 * @param retries      its retries, over all its allocations
 * @param maxRetries   the most retries of one of its allocations
 */
public record ThreadSummary(int thread, long events, long allocs, long failedAllocs, long frees, long races,
        long rollbacks, long retries, int maxRetries) {
}
