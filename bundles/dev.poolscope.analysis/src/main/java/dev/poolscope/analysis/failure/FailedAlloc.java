package dev.poolscope.analysis.failure;

import java.util.Locale;

/**
 * One failed allocation and why.
 *
 * @param at      where it failed: the ALLOC_END event's sequence number in a trace, the operation's
 *                index (from 0) in a log replay
 * @param thread  the thread that asked (0 in a single-threaded replay)
 * @param bytes   the bytes asked for
 * @param units   the units (bits) that is, at the pool's order
 * @param free    F when the search began
 * @param largest L when the search began
 * @param reason  the reason {@link FailureReason#classify} gives for these numbers
 */
public record FailedAlloc(long at, int thread, long bytes, long units, long free, long largest, FailureReason reason) {

    /** The failure of a search that began on F = {@code free}, L = {@code largest}, classified by the one rule. */
    public static FailedAlloc of(long at, int thread, long bytes, long units, long free, long largest,
            boolean algorithmFits) {
        return new FailedAlloc(at, thread, bytes, units, free, largest,
                FailureReason.classify(units, free, largest, algorithmFits));
    }

    /** "fragmentation: 48 units (1536 bytes) asked, 1210 free, longest free extent 31": the reason with its numbers. */
    public String describe() {
        return String.format(Locale.ROOT, "%s: %d %s (%d %s) asked, %d free, longest free extent %d",
                reason.label(), units, units == 1 ? "unit" : "units", bytes, bytes == 1 ? "byte" : "bytes", free, largest);
    }
}
