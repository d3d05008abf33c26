package dev.poolscope.trace.workload;

/**
 * An operation a thread made and what it returned.
 *
 * @param address the address allocated (0 when the allocation failed), or the address freed
 */
public record OpResult(PlannedOperation operation, long address) {
}
