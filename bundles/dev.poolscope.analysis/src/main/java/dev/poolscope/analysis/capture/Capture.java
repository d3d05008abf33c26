package dev.poolscope.analysis.capture;

import java.nio.file.Path;
import java.util.List;

/**
 * A kernel capture, read and checked whole by {@link CaptureReader}: its header and its records in
 * seq order. A capture without its {@code end} line is {@link #isTruncated() truncated}: its
 * records are those up to the last whole one.
 */
public final class Capture {

    private final Path source;
    private final CaptureHeader header;
    private final List<CaptureRecord> records;
    private final long lostRecords;
    private final long truncatedBytes;
    private final long stoppedAtLine;
    private List<CapturedPool> pools;

    Capture(Path source, CaptureHeader header, List<CaptureRecord> records, long lostRecords, long truncatedBytes,
            long stoppedAtLine) {
        this.source = source;
        this.header = header;
        this.records = List.copyOf(records);
        this.lostRecords = lostRecords;
        this.truncatedBytes = truncatedBytes;
        this.stoppedAtLine = stoppedAtLine;
    }

    public Path source() {
        return source;
    }

    public CaptureHeader header() {
        return header;
    }

    /** Every record, in seq order (record {@code i} has seq {@code i}). */
    public List<CaptureRecord> records() {
        return records;
    }

    /** Records the module dropped: the sum of the {@code lost} records' counts. */
    public long lostRecords() {
        return lostRecords;
    }

    /** True when the capture has no end line: it was cut short. */
    public boolean isTruncated() {
        return stoppedAtLine != 0;
    }

    /** Bytes at the end of a truncated capture that were dropped (a partial line or record); 0 otherwise. */
    public long truncatedBytes() {
        return truncatedBytes;
    }

    /**
     * In a truncated capture, the line the dropped part starts on (the line after the last when
     * nothing was dropped but the end line is missing); 0 in a whole capture.
     */
    public long stoppedAtLine() {
        return stoppedAtLine;
    }

    /** The pools in the capture, in order of first appearance. */
    public synchronized List<CapturedPool> pools() {
        if (pools == null) {
            pools = CapturePools.group(records);
        }
        return pools;
    }
}
