package dev.poolscope.core.concurrent;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A small concurrent program over a pool of one chunk with 1-byte units (order 0): what each
 * thread holds before it starts, what it then does, where the schedule may switch threads, and
 * which outcomes are acceptable beyond the invariants every execution must keep.
 *
 * @param chunkBytes   the chunk's size: 64 for a one-word bitmap, 128 for two words
 * @param setup        allocations made, one after another, before the threads start
 * @param programs     each thread's operations, in order
 * @param switchPoints where a thread may be switched out
 * @param expectation  what the threads' allocation results must satisfy in every interleaving
 */
record Scenario(String name, long chunkBytes, List<Held> setup, List<List<Op>> programs,
        Set<SwitchPoint> switchPoints, Expectation expectation) {

    /** An allocation of {@code size} bytes made during setup and held by thread {@code thread} (from 0). */
    record Held(int thread, long size) {
    }

    /** One operation of a thread's program. */
    sealed interface Op permits Alloc, FreeOldest {
    }

    /** Allocates {@code size} bytes with first-fit; a success is held by the thread. */
    record Alloc(long size) implements Op {
    }

    /** Frees the oldest allocation the thread holds (from setup or from its own program). */
    record FreeOldest() implements Op {
    }

    /**
     * @param holds given each thread's allocation results in program order (an address, or 0 for a
     *              failed allocation), whether the outcome is acceptable
     */
    record Expectation(String description, Predicate<List<List<Long>>> holds) {

        static final Expectation ANY = new Expectation("anything", results -> true);
    }

    @Override
    public String toString() {
        return name;
    }
}
