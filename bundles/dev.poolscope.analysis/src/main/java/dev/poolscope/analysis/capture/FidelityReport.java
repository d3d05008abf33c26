package dev.poolscope.analysis.capture;

import java.util.List;

/**
 * The fidelity check of a whole capture: one {@link PoolFidelity} per pool, in order of first
 * appearance, and the totals over allocation calls.
 */
public record FidelityReport(Capture capture, List<PoolFidelity> pools) {

    public FidelityReport {
        pools = List.copyOf(pools);
    }

    /** Allocation calls that passed, over all pools. */
    public long allocsPassed() {
        return pools.stream().mapToLong(PoolFidelity::allocsPassed).sum();
    }

    /** Allocation calls that failed, over all pools. */
    public long allocsFailed() {
        return pools.stream().mapToLong(PoolFidelity::allocsFailed).sum();
    }

    /** True when there is a pool to check and every pool passed ({@link PoolFidelity#passed()}). */
    public boolean passed() {
        return !pools.isEmpty() && pools.stream().allMatch(PoolFidelity::passed);
    }
}
