package dev.poolscope.analysis.failure;

import dev.poolscope.model.holders.Holder;
import dev.poolscope.model.holders.HoldersText;

import java.util.List;

/**
 * A trace's failed allocation in words, with who held the pool when it failed: "Failed allocation
 * (thread T0, numbers as its search began): fragmentation: 48 units (1536 bytes) asked, …; held then:
 * dma_alloc+0x5 12 KiB in 30 allocations (40.0 %), …". The question asked when a pool runs dry.
 */
public final class FailureText {

    /** How many holders the line names before it sums up the rest. */
    public static final int TOP_HOLDERS = 5;

    private FailureText() {
    }

    /** The line for {@code failure}, the pool held by {@code holders} at its event (sorted as {@code Holders} sorts them). */
    public static String of(FailedAlloc failure, List<Holder> holders) {
        return "Failed allocation (thread T" + failure.thread() + ", numbers as its search began): " + failure.describe()
                + "; " + HoldersText.heldThen(holders, TOP_HOLDERS);
    }
}
