package dev.poolscope.model;

/**
 * An allocation that searched again after rollbacks.
 *
 * @param beginSeq the ALLOC_BEGIN event
 * @param thread   the allocating thread
 * @param retries  RETRY events of the allocation
 */
public record RetriedAlloc(long beginSeq, int thread, int retries) {
}
