package dev.poolscope.ui.compare;

import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.AllocationLogFormatException;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogRecording;
import dev.poolscope.analysis.log.TraceOperations;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.workload.PoolSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The operations the Compare view replays for an open trace, on the trace's pool: the allocation
 * log the trace was made from when its header names one that still exists (so a failed alloc's
 * free counts as skipped, as the log has it), else the trace's own operations in seq order.
 *
 * @param source the file the operations come from, to name in errors and headings
 * @param log    the operations
 * @param pool   the trace's pool (order and chunks), first-fit mainline
 */
public record CompareInput(Path source, AllocationLog log, PoolSpec pool) {

    /**
     * The operations of the trace in {@code traceFile}, read on the calling thread from a file handle of its own.
     *
     * @throws IOException                  naming the file, when the trace or the log cannot be read
     * @throws AllocationLogFormatException naming the log's file and line, when the log is badly formed
     */
    public static CompareInput of(Path traceFile) throws IOException, AllocationLogFormatException {
        try (TraceFile trace = TraceFile.open(traceFile)) {
            PoolSpec pool = TraceOperations.poolOf(trace.header());
            Optional<Path> log = LogRecording.sourceOf(trace.header()).filter(Files::isRegularFile);
            if (log.isPresent()) {
                return new CompareInput(log.get(), AllocationLogReader.read(log.get()), pool);
            }
            return new CompareInput(traceFile, TraceOperations.read(trace, traceFile), pool);
        }
    }
}
