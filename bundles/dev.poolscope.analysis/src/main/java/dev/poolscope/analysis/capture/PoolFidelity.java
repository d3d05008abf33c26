package dev.poolscope.analysis.capture;

import java.util.List;
import java.util.Optional;

/**
 * One pool's fidelity check: what was replayed, what agreed with the kernel, and what did not.
 *
 * @param label          the pool's pointer, with its first seq when the pointer names several pools
 * @param name           the name a snapshot gave it, or "-"
 * @param order          the unit order (-1 when the pool has no start)
 * @param chunks         chunks in the replay's pool at the end
 * @param algorithms     the algorithms its allocations ran, each once, in order of first use (a symbol whose
 *                       data took several values once, with their count)
 * @param start          "created", "snapshot" or "none"
 * @param allocs         allocations checked
 * @param allocsPassed   of them, those whose result agreed (or whose kernel result was consistent, when overlapped)
 * @param allocsFailed   of them, the others
 * @param kernelFailed   allocations that failed in the kernel (address 0), passed or not
 * @param frees          frees checked
 * @param freesFailed    frees the replay's state could not take (their units were not all allocated)
 * @param overlapped     allocs and frees that overlapped another event of the pool, checked for consistency only
 * @param reordered      allocs and frees that completed after one that entered later
 * @param divergences    every failed alloc and free, in seq order
 * @param notes          what the reader should know that is no failure (a snapshot's avail disagreeing with its words)
 * @param problems       what makes the pool fail besides divergences (no start, an algorithm it cannot replay)
 * @param end            the replay against the pool's end snapshot
 * @param incomplete     when records were lost during the pool's life: where, and that the rest was not checked
 */
public record PoolFidelity(String label, String name, int order, int chunks, List<String> algorithms, String start,
        long allocs, long allocsPassed, long allocsFailed, long kernelFailed, long frees, long freesFailed,
        long overlapped, long reordered, List<Divergence> divergences, List<String> notes, List<String> problems,
        EndComparison end, Optional<String> incomplete) {

    public PoolFidelity {
        algorithms = List.copyOf(algorithms);
        divergences = List.copyOf(divergences);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /** The first divergence, if any. */
    public Optional<Divergence> firstDivergence() {
        return divergences.stream().findFirst();
    }

    /**
     * True when every allocation and free agreed, nothing stopped the replay, the end state equals
     * the end snapshot (when there is one), and no records were lost in the pool's life.
     */
    public boolean passed() {
        return allocsFailed == 0 && freesFailed == 0 && problems.isEmpty() && incomplete.isEmpty()
                && end.state() != EndComparison.State.DIFFERENT;
    }
}
