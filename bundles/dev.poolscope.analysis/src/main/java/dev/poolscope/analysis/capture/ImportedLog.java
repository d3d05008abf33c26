package dev.poolscope.analysis.capture;

import java.util.List;

/**
 * A pool's operations as an allocation log (ALLOCATION-LOG.md, with the caller column), and what
 * a user must know to replay it as the kernel ran it.
 *
 * @param lines              the log's lines: comments, the header, a row per operation
 * @param operations         rows written
 * @param allocs             alloc rows, failed kernel allocations included
 * @param kernelFailed       of them, those that failed in the kernel
 * @param leftOut            operations a log cannot hold, in words (a free of memory allocated before
 *                           the capture, an allocation of 0 bytes), each with its count; empty when none
 * @param poolSpec           the pool's geometry in the workload syntax, for {@code --pool}: {@code order=N chunks=...}
 * @param startedEmpty       true for a created pool; false for one that starts from a snapshot
 * @param unitsAtStart       units allocated in the snapshot the pool starts from (0 for a created pool)
 */
public record ImportedLog(List<String> lines, int operations, int allocs, int kernelFailed, List<String> leftOut,
        String poolSpec, boolean startedEmpty, long unitsAtStart) {

    public ImportedLog {
        lines = List.copyOf(lines);
        leftOut = List.copyOf(leftOut);
    }
}
