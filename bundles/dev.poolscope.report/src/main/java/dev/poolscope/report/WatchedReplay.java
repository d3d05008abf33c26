package dev.poolscope.report;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.analysis.log.ReplayResult;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A log's replay ({@link LogReplay}) watched one operation at a time: the pool's extents at
 * checkpoints, and every failed alloc with the numbers of the state it failed on.
 *
 * <p>A failed alloc changes nothing (single-threaded, no bit was set), so the state after it is the
 * state its search began on, and an alloc failed exactly when the pool's avail did not move (a
 * successful one takes at least one unit). Extents are scanned only at checkpoints and failures.
 *
 * @param afterOps   the operations done at each checkpoint: {@code floor(ops * k / K)} for k = 1..K
 * @param extents    the pool's extents at each checkpoint
 * @param failures   every failed alloc, in log order ({@link FailedAlloc#at} is its operation index)
 * @param end        the counts after the last operation
 */
record WatchedReplay(List<Long> afterOps, List<ExtentStats> extents, List<FailedAlloc> failures, ReplayResult end) {

    /** Replays all of {@code log} on a pool from {@code spec}, with {@code checkpoints} checkpoints. */
    static WatchedReplay of(AllocationLog log, PoolSpec spec, int checkpoints) {
        LogReplay replay = new LogReplay(log, spec);
        GenPool pool = replay.result().pool();
        List<Long> afterOps = new ArrayList<>();
        List<ExtentStats> extents = new ArrayList<>();
        List<FailedAlloc> failures = new ArrayList<>();
        int operations = log.operations();
        int k = 1;
        for (int op = 0; op < operations; op++) {
            long availBefore = pool.avail();
            replay.runTo(op + 1);
            if (log.isAlloc(op) && pool.avail() == availBefore) {
                failures.add(failure(log, op, pool, PoolExtents.of(pool)));
            }
            for (; k <= checkpoints && (long) operations * k / checkpoints == op + 1; k++) {
                afterOps.add((long) op + 1);
                extents.add(PoolExtents.of(pool));
            }
        }
        return new WatchedReplay(afterOps, extents, failures, replay.result());
    }

    private static FailedAlloc failure(AllocationLog log, int op, GenPool pool, ExtentStats state) {
        long bytes = log.size(op);
        long units = GenPool.bitsFor(bytes, pool.minAllocOrder());
        return FailedAlloc.of(op, 0, bytes, units, state.free(), state.largest(), false);
    }
}
