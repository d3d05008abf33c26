package dev.poolscope.analysis.sizing;

import dev.poolscope.analysis.compare.Contender;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.PoolLimits;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;

/**
 * Finds the smallest pool, in whole units, that replays a log with no failed alloc: one chunk at the
 * spec's first chunk address, the spec's order, the contender's algorithm and variant. The search
 * starts at the log's peak of live units (no smaller pool can hold it), doubles until a pool holds,
 * then bisects. Bisection assumes that a pool that holds stays holding when it grows, which is true of
 * the first-fit searches (a larger pool changes none of their choices while nothing fails) but not
 * promised for best-fit; so the answer is always verified by a replay at that size and one unit less.
 */
public final class PoolSizer {

    private final AllocationLog log;
    private final PoolSpec spec;
    private final Contender contender;

    private PoolSizer(AllocationLog log, PoolSpec spec, Contender contender) {
        this.log = log;
        this.spec = spec;
        this.contender = contender;
    }

    /** The smallest pool for {@code log} under {@code contender}, on {@code spec}'s order and first chunk address. */
    public static PoolSize size(AllocationLog log, PoolSpec spec, Contender contender) {
        return new PoolSizer(log, spec, contender).search();
    }

    /** The most live units the log holds at once, when no alloc fails: no pool smaller than this holds it. */
    public static long peakLiveUnits(AllocationLog log, int order) {
        long[] units = new long[log.allocs()];
        long live = 0;
        long peak = 0;
        for (int i = 0; i < log.operations(); i++) {
            int slot = log.id(i) - 1;
            if (log.isAlloc(i)) {
                units[slot] = GenPool.bitsFor(log.size(i), order);
                live += units[slot];
                peak = Math.max(peak, live);
            } else {
                live -= units[slot];
            }
        }
        return peak;
    }

    private PoolSize search() {
        long limit = largestUnits();
        long failing = peakLiveUnits(log, spec.minAllocOrder()) - 1;
        long holding = Math.min(limit, Math.max(1, failing + 1));
        while (failed(holding) > 0) {
            if (holding == limit) {
                return new PoolSize(contender, spec.minAllocOrder(), false, limit, failed(limit), -1);
            }
            failing = holding;
            holding = Math.min(limit, holding * 2);
        }
        while (holding - failing > 1) {
            long middle = failing + (holding - failing) / 2;
            if (failed(middle) == 0) {
                holding = middle;
            } else {
                failing = middle;
            }
        }
        return new PoolSize(contender, spec.minAllocOrder(), true, holding, failed(holding),
                holding == 1 ? -1 : failed(holding - 1));
    }

    /** The largest one-chunk pool at the first chunk's address: the traced pool's limit, or the top of the address space. */
    private long largestUnits() {
        long start = spec.chunks().get(0).start();
        long toTop = Long.divideUnsigned(-start, 1L << spec.minAllocOrder());
        return start == 0 ? PoolLimits.MAX_TRACED_BITS : Math.max(1, Math.min(PoolLimits.MAX_TRACED_BITS, toTop));
    }

    /** Failed allocs of the whole log on a one-chunk pool of {@code units} units. */
    private long failed(long units) {
        ChunkSpec chunk = new ChunkSpec(spec.chunks().get(0).start(), units << spec.minAllocOrder());
        PoolSpec pool = new PoolSpec(spec.minAllocOrder(), List.of(chunk), contender.algorithm(), contender.variant());
        return LogReplay.replay(log, pool).failed();
    }
}
