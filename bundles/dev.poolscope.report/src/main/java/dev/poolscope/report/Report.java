package dev.poolscope.report;

import dev.poolscope.analysis.log.AllocationLogFormatException;
import dev.poolscope.analysis.log.AllocationLogReader;
import dev.poolscope.analysis.log.LogFiles;
import dev.poolscope.analysis.log.LogPoolText;
import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.workload.PoolSpec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A report people open in a browser: {@code DIR/index.html} with PNG charts and a CSV of every table,
 * for a trace or an allocation log ({@link LogFiles#isAllocationLog} tells which).
 *
 * <p>The report is written whole or not at all: the input is read and every number computed first,
 * then the page, charts and CSVs go into {@code DIR.part}, which is renamed to {@code DIR} in one
 * step ({@link WholeOutput#directory}); so a failure leaves no half report, and DIR must be new or
 * empty (a report never mixes with the files of another).
 */
public final class Report {

    private Report() {
    }

    /**
     * Writes the report of {@code input} into {@code dir} and returns its {@code index.html}.
     *
     * @param pool the pool a log replays through ({@link LogPoolText#DEFAULT_POOL} when empty); a trace
     *             records its own pool, so it takes none
     * @throws IOException                  naming the file, when the input cannot be read or is not a
     *                                      trace or a log, or the report cannot be written
     * @throws AllocationLogFormatException naming file and line, when a log has a bad row
     * @throws IllegalArgumentException     when a pool is given for a trace
     */
    public static Path write(Path input, Optional<PoolSpec> pool, Path dir)
            throws IOException, AllocationLogFormatException {
        ReportDocument document = document(input, pool);
        try (WholeOutput out = WholeOutput.directory(dir)) {
            try {
                HtmlPage.write(document, out.temporary());
                out.commit();
            } catch (IOException e) {
                throw out.failed(e);
            }
        }
        return dir.resolve("index.html");
    }

    /** The report of {@code input}, computed whole, written nowhere yet. */
    public static ReportDocument document(Path input, Optional<PoolSpec> pool)
            throws IOException, AllocationLogFormatException {
        if (LogFiles.isAllocationLog(input)) {
            return LogReport.of(AllocationLogReader.read(input), pool.orElse(LogPoolText.DEFAULT_POOL));
        }
        if (pool.isPresent()) {
            throw new IllegalArgumentException(input + " is a trace, which records its own pool: --pool is for "
                    + "allocation logs only");
        }
        try (TraceFile trace = TraceFile.open(input)) {
            return TraceReport.of(input, trace);
        }
    }
}
