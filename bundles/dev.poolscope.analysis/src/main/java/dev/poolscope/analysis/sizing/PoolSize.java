package dev.poolscope.analysis.sizing;

import dev.poolscope.analysis.compare.Contender;

import java.util.Locale;

/**
 * The smallest one-chunk pool a log replays through with no failed alloc, under one contender, and
 * the two replays that verify it.
 *
 * @param contender       what ran
 * @param order           the pool's unit order (a unit is 2^order bytes)
 * @param holds           false when no pool up to {@code units} units holds the log
 * @param units           the smallest pool that holds, in units; when none holds, the largest tried
 * @param failedAtUnits   failed allocs of the replay at {@code units} (0 when it holds)
 * @param failedOneLess   failed allocs of the replay at {@code units - 1} (at least 1 when it holds);
 *                        -1 when none holds, or {@code units} is 1 and there is no smaller pool
 */
public record PoolSize(Contender contender, int order, boolean holds, long units, long failedAtUnits,
        long failedOneLess) {

    /** The pool's bytes: {@code units} whole units. */
    public long bytes() {
        return units << order;
    }

    /** "first-fit: 96 units (3,072 bytes)", or that no size up to the largest tried holds. */
    public String describe() {
        if (!holds) {
            return String.format(Locale.ROOT, "%s: no pool holds this log (a pool of %,d units, %,d bytes, still failed"
                    + " %,d allocations; the algorithm cannot place the log's requests at any size)",
                    contender.name(), units, bytes(), failedAtUnits);
        }
        return String.format(Locale.ROOT, "%s: %,d units (%,d bytes)", contender.name(), units, bytes());
    }

    /** The two verification replays in words. */
    public String verification() {
        if (!holds) {
            return String.format(Locale.ROOT, "checked: %,d units: %,d failed", units, failedAtUnits);
        }
        String oneLess = failedOneLess < 0 ? "no smaller pool exists"
                : String.format(Locale.ROOT, "%,d units: %,d failed", units - 1, failedOneLess);
        return String.format(Locale.ROOT, "verified: %,d units: %,d failed; %s", units, failedAtUnits, oneLess);
    }
}
