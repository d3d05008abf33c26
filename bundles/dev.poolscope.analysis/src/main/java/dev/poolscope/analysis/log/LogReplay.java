package dev.poolscope.analysis.log;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.LiveExtents;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * A log replayed through a fresh pool, single-threaded, in row order: an alloc calls the pool's
 * alloc with the pool's algorithm; an alloc that gets 0 is counted as failed, and its later free
 * is skipped (and counted), since there is nothing to free. The pool is built from a
 * {@link PoolSpec} ({@link LogPoolText} reads one from {@code --pool}), which refuses chunks at
 * address 0 ({@link dev.poolscope.core.PoolLimits#TRACED}): there a successful alloc could return 0
 * and would count as failed.
 */
public final class LogReplay {

    private final AllocationLog log;
    private final GenPool pool;
    /** The pool's extents, kept by its probe: F and L of a failure cost no scan of the bitmap. */
    private final LiveExtents extents = new LiveExtents();
    private final long[] addresses;
    private final long[] sizes;
    /** Per id (index id - 1): true from its successful alloc to its free. */
    private final boolean[] live;
    private IntConsumer onFailure = index -> { };
    private int done;
    private long allocs;
    private long failed;
    private long frees;
    private long freesSkipped;

    /** A replay of {@code log} that has replayed nothing yet, on a new pool made from {@code spec}. */
    public LogReplay(AllocationLog log, PoolSpec spec) {
        this(log, spec, Probe.NONE);
    }

    /**
     * As {@link #LogReplay(AllocationLog, PoolSpec)}, with every step of the pool (its chunks' addition
     * included) reported to {@code probe} on the thread that makes it, as {@link LogRecording} records them.
     */
    public LogReplay(AllocationLog log, PoolSpec spec, Probe probe) {
        this.log = Objects.requireNonNull(log, "log");
        // the extents first: a failure's F and L are read from them while the probe may still be recording
        this.pool = spec.create(Probe.both(extents, probe));
        extents.attach(pool);
        this.addresses = new long[log.allocs()];
        this.sizes = new long[log.allocs()];
        this.live = new boolean[log.allocs()];
    }

    /**
     * Calls {@code listener} with the operation's index (from 0) right after an alloc fails. A failed
     * alloc changes nothing (a single-threaded set that fails rolls back nothing: it never starts), so
     * the pool the listener sees is the pool the search began on.
     */
    public void onFailure(IntConsumer listener) {
        this.onFailure = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The failed alloc at operation {@code index}, to be called from the {@link #onFailure} listener: its F and
     * L are the pool's now, which (single-threaded) are those its search began on, so it is never a lost race.
     */
    public FailedAlloc failedAt(int index) {
        long bytes = log.size(index);
        return FailedAlloc.of(index, 0, bytes, GenPool.bitsFor(bytes, pool.minAllocOrder()), extents.free(),
                extents.largest(), false);
    }

    /** The pool's free extents now, from the incremental extents (no bitmap scan). */
    public ExtentStats extents() {
        return extents.stats();
    }

    /** Each chunk's free extents now, in order of addition. */
    public List<ExtentStats> chunkExtents() {
        return extents.chunkStats();
    }

    /** The whole log replayed on a new pool from {@code spec}. */
    public static ReplayResult replay(AllocationLog log, PoolSpec spec) {
        return replay(log, spec, log.operations());
    }

    /** The first {@code operations} rows of the log replayed on a new pool from {@code spec}. */
    public static ReplayResult replay(AllocationLog log, PoolSpec spec, int operations) {
        LogReplay replay = new LogReplay(log, spec);
        replay.runTo(operations);
        return replay.result();
    }

    /**
     * Replays the whole log and hands {@code checkpoint} the state after the first
     * {@code floor(ops * k / checkpoints)} operations, for k = 1..checkpoints, in order; each
     * result's pool is in that state while {@code checkpoint} runs.
     */
    public static void replayWithCheckpoints(AllocationLog log, PoolSpec spec, int checkpoints,
            Consumer<ReplayResult> checkpoint) {
        if (checkpoints < 1) {
            throw new IllegalArgumentException("checkpoints must be at least 1, got " + checkpoints);
        }
        LogReplay replay = new LogReplay(log, spec);
        for (int k = 1; k <= checkpoints; k++) {
            replay.runTo((int) ((long) log.operations() * k / checkpoints));
            checkpoint.accept(replay.result());
        }
    }

    /** Replays rows until the first {@code operations} are done; rows already replayed stay as they are. */
    public void runTo(int operations) {
        if (operations < done || operations > log.operations()) {
            throw new IllegalArgumentException(String.format("cannot run to operation %d: %d of %d are done",
                    operations, done, log.operations()));
        }
        while (done < operations) {
            step(done++);
        }
    }

    /** The replay's pool, live: it changes as the replay goes on. */
    public GenPool pool() {
        return pool;
    }

    /** The state now. */
    public ReplayResult result() {
        return new ReplayResult(done, allocs, failed, frees, freesSkipped, addresses, liveSizes(), pool);
    }

    private void step(int index) {
        int slot = log.id(index) - 1;
        if (log.isAlloc(index)) {
            sizes[slot] = log.size(index);
            addresses[slot] = pool.alloc(sizes[slot]);
            allocs++;
            live[slot] = addresses[slot] != 0;
            if (!live[slot]) {
                failed++;
                onFailure.accept(index);
            }
        } else if (addresses[slot] == 0) {
            freesSkipped++;
        } else {
            pool.free(addresses[slot], sizes[slot]);
            live[slot] = false;
            frees++;
        }
    }

    /** The bytes asked by the allocations live now, in id order. */
    private long[] liveSizes() {
        int count = 0;
        for (boolean isLive : live) {
            count += isLive ? 1 : 0;
        }
        long[] result = new long[count];
        for (int slot = 0, at = 0; slot < live.length; slot++) {
            if (live[slot]) {
                result[at++] = sizes[slot];
            }
        }
        return result;
    }
}
