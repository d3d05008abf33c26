package dev.poolscope.trace.workload;

/**
 * What one logical thread does, one operation at a time. A program is deterministic: given the
 * same addresses back from its allocations, it yields the same operations. It belongs to its
 * thread and is never shared, so it needs no synchronisation.
 */
public interface ThreadProgram {

    /** The thread's next operation, or null when it has no more. */
    PlannedOperation next();

    /** Tells the program what {@code alloc}, the operation {@link #next()} gave last, returned: an address, or 0. */
    void allocated(PlannedOperation.Alloc alloc, long address);
}
