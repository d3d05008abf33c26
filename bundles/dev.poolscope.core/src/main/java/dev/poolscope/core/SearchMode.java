package dev.poolscope.core;

/**
 * How a pool's algorithms search a chunk's bitmap. Both give the same answer on a bitmap no other
 * thread changes meanwhile (failure values included, which the v4 variant carries into the next
 * chunk); under concurrency both answers are candidates that the CAS of the set decides.
 */
public enum SearchMode {

    /** The kernel's search ported straight: clear bit, then set bit, candidate by candidate from the start bit. */
    REFERENCE,

    /**
     * A word at a time, skipping every group of words whose longest clear run, as a per-group
     * summary kept by the frees bounds it, is shorter than the request. The default.
     */
    SUMMARIES
}
