package dev.poolscope.analysis.compare;

import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;

import java.util.EnumMap;
import java.util.Map;

/**
 * One contender after the first {@code afterOps} operations: what its replay did so far and the
 * pool's free extents then (every fragmentation metric, for any request size, comes from them).
 *
 * @param contender      the contender's canonical name
 * @param afterOps       operations replayed
 * @param allocs         alloc rows replayed, failed ones included
 * @param failedBy       failed allocs so far by reason (every reason present, 0 when none)
 * @param freesSkipped   free rows of failed allocs
 * @param extents        the pool's free extents
 * @param internalBytes  bytes the live requests lose to rounding up to whole units
 * @param availBytes     the pool's avail
 */
public record ComparisonRow(String contender, int afterOps, long allocs, Map<FailureReason, Long> failedBy,
        long freesSkipped, ExtentStats extents, long internalBytes, long availBytes) {

    public ComparisonRow {
        EnumMap<FailureReason, Long> all = new EnumMap<>(FailureReason.class);
        for (FailureReason reason : FailureReason.values()) {
            all.put(reason, failedBy.getOrDefault(reason, 0L));
        }
        failedBy = Map.copyOf(all);
    }

    /** Failed allocs so far, whatever the reason. */
    public long failed() {
        long sum = 0;
        for (long count : failedBy.values()) {
            sum += count;
        }
        return sum;
    }

    /** Failed allocs so far for {@code reason}. */
    public long failed(FailureReason reason) {
        return failedBy.get(reason);
    }
}
