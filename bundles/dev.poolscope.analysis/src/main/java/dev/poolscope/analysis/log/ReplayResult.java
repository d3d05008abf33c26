package dev.poolscope.analysis.log;

import dev.poolscope.core.GenPool;

import java.util.Arrays;

/**
 * Where a log replay stands after its first {@link #afterOps()} operations: the counts, the
 * address each id got, and the pool. The counts and addresses are a copy; the pool is the replay's
 * own, so it shows this state only until the replay goes on.
 */
public final class ReplayResult {

    private final int afterOps;
    private final long allocs;
    private final long failed;
    private final long frees;
    private final long freesSkipped;
    private final long[] addresses;
    private final long[] liveSizes;
    private final GenPool pool;

    ReplayResult(int afterOps, long allocs, long failed, long frees, long freesSkipped, long[] addresses,
            long[] liveSizes, GenPool pool) {
        this.afterOps = afterOps;
        this.allocs = allocs;
        this.failed = failed;
        this.frees = frees;
        this.freesSkipped = freesSkipped;
        this.addresses = addresses.clone();
        this.liveSizes = liveSizes;
        this.pool = pool;
    }

    /** Operations replayed: the first this many rows of the log. */
    public int afterOps() {
        return afterOps;
    }

    /** Alloc rows replayed, failed ones included. */
    public long allocs() {
        return allocs;
    }

    /** Allocs the pool returned 0 for. */
    public long failed() {
        return failed;
    }

    /** Free rows replayed whose alloc had succeeded: each freed its memory. */
    public long frees() {
        return frees;
    }

    /** Free rows of a failed alloc: nothing to free, so not passed to the pool. */
    public long freesSkipped() {
        return freesSkipped;
    }

    /**
     * The address alloc {@code id} got (still live or freed since), or 0 when it failed or is not
     * replayed yet.
     */
    public long address(int id) {
        if (id < 1 || id > addresses.length) {
            throw new IllegalArgumentException("no id " + id + " in a log of " + addresses.length + " allocs");
        }
        return addresses[id - 1];
    }

    /** The addresses by id, index id - 1, as {@link #address} gives them. */
    public long[] addresses() {
        return addresses.clone();
    }

    /** The bytes asked by each allocation live now (allocated and not yet freed), in id order: what internal fragmentation counts. */
    public long[] liveSizes() {
        return liveSizes.clone();
    }

    /** The replay's pool (live: read it before the replay goes on). */
    public GenPool pool() {
        return pool;
    }

    @Override
    public String toString() {
        return String.format("after %d ops: %d allocs (%d failed), %d frees (%d skipped)",
                afterOps, allocs, failed, frees, freesSkipped);
    }
}
