package dev.poolscope.core;

/**
 * Observer of every shared-memory step the allocator takes. The pool calls it from the allocating
 * thread, in program order, at each point where another thread could interleave; a recorder or a
 * deterministic scheduler builds on it.
 *
 * <p>A probe observes and must not act on the pool: the allocator's decisions never depend on what
 * a probe does. Every method defaults to doing nothing, so a probe overrides what it needs.
 * Word indexes are indexes into the chunk's bitmap words; bit numbers are chunk-relative.
 */
public interface Probe {

    /** The probe of a pool that nobody observes. */
    Probe NONE = new Probe() {
    };

    /** A probe that tells {@code first}, then {@code second}, every step; NONE on either side is left out. */
    static Probe both(Probe first, Probe second) {
        if (first == NONE) {
            return second;
        }
        return second == NONE ? first : new ProbeTee(first, second);
    }

    /** An allocation of {@code size} bytes ({@code nbits} bitmap bits) starts. */
    default void allocBegin(long size, long nbits) {
    }

    /** The allocation ends at {@code address}, or failed when it is 0. */
    default void allocEnd(long size, long address) {
    }

    /** A free of {@code size} bytes at {@code address} starts. */
    default void freeBegin(long address, long size) {
    }

    /** The free ended; an invalid free throws after {@link #freeBegin} without reaching here. */
    default void freeEnd(long address, long size) {
    }

    /** The chunk's {@code avail} counter was read for the pre-check of an allocation. */
    default void availRead(Chunk chunk, long avail) {
    }

    /** The algorithm searched from {@code fromBit}; {@code foundBit >= chunk.bitCount()} means no fit. */
    default void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
    }

    /** A bitmap word was read before setting or clearing bits in it. */
    default void wordRead(Chunk chunk, int word, long value) {
    }

    /** A compare-and-swap on a bitmap word: {@code witnessed == expected} exactly when it succeeded. */
    default void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
    }

    /** A plain store of a bitmap word under a lock (the pre-patch variant only). */
    default void wordStore(Chunk chunk, int word, long before, long after) {
    }

    /** A multi-word set found a bit already set: {@code remaining} of its {@code nbits} bits were not set. */
    default void partialSet(Chunk chunk, long startBit, long nbits, long remaining) {
    }

    /** The bits a failed set did set, {@code [startBit, startBit + nbits)}, are being cleared again. */
    default void rollback(Chunk chunk, long startBit, long nbits) {
    }

    /** The allocation searches the chunk again from {@code fromBit} after a rollback. */
    default void retry(Chunk chunk, long fromBit) {
    }

    /** A free found a bit already clear: {@code remaining} of its {@code nbits} bits were not cleared. */
    default void partialClear(Chunk chunk, long startBit, long nbits, long remaining) {
    }

    /** The bits a failed free did clear, {@code [startBit, startBit + nbits)}, are being set again. */
    default void restore(Chunk chunk, long startBit, long nbits) {
    }

    /** The chunk's {@code avail} counter changed by {@code delta} to {@code newAvail}. */
    default void availChange(Chunk chunk, long delta, long newAvail) {
    }

    /** The thread asks for a lock (pre-patch variant); {@code chunk} is null for the pool lock. */
    default void lockRequest(Chunk chunk, LockKind kind) {
    }

    /** The thread holds the lock it asked for. */
    default void lockAcquired(Chunk chunk, LockKind kind) {
    }

    /** The thread released the lock. */
    default void lockReleased(Chunk chunk, LockKind kind) {
    }
}
