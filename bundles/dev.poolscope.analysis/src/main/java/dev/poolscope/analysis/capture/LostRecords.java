package dev.poolscope.analysis.capture;

/**
 * {@code SEQ lost count=N reason=ring|nomem}: the module dropped {@code count} records since the
 * record before this one.
 */
public record LostRecords(long seq, long line, long count, String reason) implements CaptureRecord {
}
