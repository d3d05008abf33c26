package dev.poolscope.analysis.capture;

import java.util.List;

/**
 * {@code SEQ lost count=N reason=ring|nomem|missed}: the module dropped {@code count} records since
 * the record before this one (the ring was full, memory could not be had, or the kernel's probe
 * layer missed calls).
 */
public record LostRecords(long seq, long line, long count, String reason) implements CaptureRecord {

    /** The reasons a lost line gives. */
    public static final List<String> REASONS = List.of("ring", "nomem", "missed");
}
