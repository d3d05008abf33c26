package dev.poolscope.analysis.compare;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.BitmapScan;
import dev.poolscope.analysis.fragmentation.InternalFragmentation;
import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.LogReplay;
import dev.poolscope.analysis.log.ReplayResult;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One operation sequence replayed through several contenders, each on a new pool of one
 * {@link PoolSpec} (its order and chunks; the contender gives algorithm and variant), with the state
 * after the first {@code floor(ops * k / K)} operations for k = 1..K. A failed alloc is classified
 * from the pool's extents at the moment it failed, which in a single-threaded replay are those its
 * search began on; the extents are the replay's incremental ones ({@link LogReplay#failedAt}), so a
 * failure costs no scan of the bitmap.
 *
 * @param log          what was replayed
 * @param spec         the pool every contender started from
 * @param requestUnits the request sizes (units) whose U(n) and FI(n) the rows are shown for
 * @param results      one per contender, in the order given
 */
public record Comparison(AllocationLog log, PoolSpec spec, long[] requestUnits, List<ContenderResult> results) {

    public Comparison {
        requestUnits = requestUnits.clone();
        results = List.copyOf(results);
    }

    @Override
    public long[] requestUnits() {
        return requestUnits.clone();
    }

    /** 1, 2, 4, ..., 2048: the request sizes (units) shown when none are given. */
    public static long[] defaultRequestUnits() {
        long[] units = new long[12];
        for (int i = 0; i < units.length; i++) {
            units[i] = 1L << i;
        }
        return units;
    }

    /** Replays {@code log} through every contender on pools from {@code spec}, with {@code checkpoints} checkpoints. */
    public static Comparison run(AllocationLog log, PoolSpec spec, List<Contender> contenders, int checkpoints,
            long[] requestUnits) {
        if (checkpoints < 1) {
            throw new IllegalArgumentException("checkpoints must be at least 1, got " + checkpoints);
        }
        for (long n : requestUnits) {
            if (n < 1) {
                throw new IllegalArgumentException("a request of " + n + " units: a request takes at least 1 unit");
            }
        }
        List<ContenderResult> results = new ArrayList<>();
        for (Contender contender : contenders) {
            results.add(replay(log, contender.on(spec), contender, checkpoints));
        }
        return new Comparison(log, spec, requestUnits, results);
    }

    /** The result of the contender named {@code name}. */
    public ContenderResult result(String name) {
        for (ContenderResult result : results) {
            if (result.contender().name().equals(name)) {
                return result;
            }
        }
        throw new IllegalArgumentException("no contender " + name + " in this comparison");
    }

    private static ContenderResult replay(AllocationLog log, PoolSpec spec, Contender contender, int checkpoints) {
        LogReplay replay = new LogReplay(log, spec);
        List<FailedAlloc> failures = new ArrayList<>();
        Map<FailureReason, Long> failedBy = new EnumMap<>(FailureReason.class);
        replay.onFailure(index -> {
            FailedAlloc failure = replay.failedAt(index);
            failures.add(failure);
            failedBy.merge(failure.reason(), 1L, Long::sum);
        });
        List<ComparisonRow> rows = new ArrayList<>();
        for (int k = 1; k <= checkpoints; k++) {
            replay.runTo((int) ((long) log.operations() * k / checkpoints));
            rows.add(row(contender, replay, failedBy, spec.minAllocOrder()));
        }
        return new ContenderResult(contender, rows, failures, BitmapScan.bitmap(replay.pool()));
    }

    private static ComparisonRow row(Contender contender, LogReplay replay, Map<FailureReason, Long> failedBy,
            int order) {
        ReplayResult result = replay.result();
        return new ComparisonRow(contender.name(), result.afterOps(), result.allocs(), failedBy, result.freesSkipped(),
                replay.extents(), InternalFragmentation.lostBytes(result.liveSizes(), order),
                result.pool().avail());
    }
}
