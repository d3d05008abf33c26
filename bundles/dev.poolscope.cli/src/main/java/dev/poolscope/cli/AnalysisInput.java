package dev.poolscope.cli;

import dev.poolscope.analysis.log.AllocationLog;
import dev.poolscope.analysis.log.AllocationLogFormatException;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogFiles;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.analysis.log.TraceOperations;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.workload.PoolSpec;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The operations of an analysis command's INPUT and the pool they replay on: an allocation log
 * (by content, {@link LogFiles#isAllocationLog}: its first line that is not a comment is the header)
 * is read and checked whole; anything else is opened as a trace and its operations taken in sequence
 * order. The pool is {@code --pool} when given, else a log's default pool or the trace's own pool.
 *
 * @param operations the operations, checked
 * @param pool       the pool they replay on (its algorithm and variant are the contenders' to set)
 * @param kind       "allocation log" or "trace", for messages
 */
record AnalysisInput(AllocationLog operations, PoolSpec pool, String kind) {

    static AnalysisInput read(Path input, String poolText) throws IOException, AllocationLogFormatException {
        if (LogFiles.isAllocationLog(input)) {
            AllocationLog log = AllocationLogReader.read(input);
            return new AnalysisInput(log, poolText == null ? LogPoolText.DEFAULT_POOL : LogPoolText.parse(poolText),
                    "allocation log");
        }
        try (TraceFile trace = TraceFile.open(input)) {
            AllocationLog log = TraceOperations.read(trace, input);
            return new AnalysisInput(log, poolText == null ? TraceOperations.poolOf(trace.header())
                    : LogPoolText.parse(poolText), "trace");
        }
    }
}
