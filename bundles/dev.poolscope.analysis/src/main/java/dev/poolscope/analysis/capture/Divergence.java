package dev.poolscope.analysis.capture;

/**
 * An operation where the replay did not do what the kernel did: an allocation at another address
 * (0 = failed), or a kernel result the replay's state cannot take (a placement or free refused).
 *
 * @param seq           the operation's seq
 * @param operation     "alloc" or "free"
 * @param kernelAddress what the kernel returned (alloc) or freed (free)
 * @param replayAddress what the replay returned; for a free, and for an alloc not searched, the kernel's
 * @param problem       what went wrong, in words
 */
public record Divergence(long seq, String operation, long kernelAddress, long replayAddress, long size, String caller,
        String problem) {

    @Override
    public String toString() {
        return String.format("seq %d: %s of %d bytes by %s: %s", seq, operation, size, caller, problem);
    }
}
