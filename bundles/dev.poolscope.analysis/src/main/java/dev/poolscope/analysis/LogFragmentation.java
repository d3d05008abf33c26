package dev.poolscope.analysis;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.InternalFragmentation;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;

/**
 * A log's fragmentation as {@link LogReplay} replays it, one operation at a time: the metrics after
 * any number of operations, and each failed alloc with its reason. The replay is single-threaded,
 * so the state a failed search began on is the state it failed on: its F and L are scanned from the
 * pool right then, and it can never be a lost race. A failed alloc is one that left the pool's
 * avail as it was: a successful one takes at least one unit.
 */
public final class LogFragmentation {

    private final AllocationLog log;
    private final LogReplay replay;
    private final GenPool pool;
    /** Per id (index id - 1): the bytes a live alloc loses to rounding, 0 once freed or when it failed. */
    private final long[] waste;
    private final List<FailedAlloc> failures = new ArrayList<>();
    private final EnumMap<FailureReason, Long> counts = new EnumMap<>(FailureReason.class);
    private long internalBytes;
    private int done;

    public LogFragmentation(AllocationLog log, PoolSpec spec) {
        this.log = log;
        this.replay = new LogReplay(log, spec);
        this.pool = replay.result().pool();
        this.waste = new long[log.allocs()];
        for (FailureReason reason : FailureReason.values()) {
            counts.put(reason, 0L);
        }
    }

    /** Replays operations until the first {@code operations} are done. */
    public void runTo(int operations) {
        while (done < operations) {
            step(done++);
        }
    }

    private void step(int index) {
        int slot = log.id(index) - 1;
        long before = pool.avail();
        replay.runTo(index + 1);
        if (!log.isAlloc(index)) {
            internalBytes -= waste[slot];
            waste[slot] = 0;
        } else if (pool.avail() != before) {
            waste[slot] = InternalFragmentation.lostBytes(log.size(index), order());
            internalBytes += waste[slot];
        } else {
            ExtentStats now = ExtentStats.combine(chunkStats());
            FailedAlloc failure = FailedAlloc.of(index, 0, log.size(index), GenPool.bitsFor(log.size(index), order()),
                    now.free(), now.largest(), false);
            failures.add(failure);
            counts.merge(failure.reason(), 1L, Long::sum);
        }
    }

    private int order() {
        return pool.minAllocOrder();
    }

    private List<ExtentStats> chunkStats() {
        List<Chunk> byId = pool.chunks().stream().sorted(Comparator.comparingInt(Chunk::id)).toList();
        List<ExtentStats> stats = new ArrayList<>();
        for (Chunk chunk : byId) {
            long[] words = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(words);
            stats.add(ExtentStats.ofChunk(words, chunk.bitCount()));
        }
        return stats;
    }

    /** The metrics after the operations done so far. */
    public FragmentationSnapshot snapshot() {
        return new FragmentationSnapshot(done, chunkStats(), internalBytes, counts);
    }

    /** The failed allocs so far, in log order; {@link FailedAlloc#at()} is the operation's index from 0. */
    public List<FailedAlloc> failures() {
        return List.copyOf(failures);
    }
}
