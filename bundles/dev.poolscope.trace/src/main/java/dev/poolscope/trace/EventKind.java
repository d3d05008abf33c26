package dev.poolscope.trace;

import java.util.List;

/**
 * What a trace event reports: one kind per {@link dev.poolscope.core.Probe} method. Each kind names
 * the payload fields it uses, in order; an {@link Event} keeps them in {@code p0..p4}, unused ones 0.
 * The codes are part of the trace file format and never change meaning.
 */
public enum EventKind {

    ALLOC_BEGIN(0, "size", "nbits"),
    ALLOC_END(1, "size", "address"),
    FREE_BEGIN(2, "address", "size"),
    FREE_END(3, "address", "size"),
    AVAIL_READ(4, "avail"),
    SEARCH(5, "from_bit", "nbits", "found_bit"),
    WORD_READ(6, "word", "value"),
    /** success is 1 when the CAS stored {@code desired}, 0 when it failed (witnessed != expected). */
    CAS(7, "word", "expected", "desired", "witnessed", "success"),
    WORD_STORE(8, "word", "before", "after"),
    PARTIAL_SET(9, "start_bit", "nbits", "remaining"),
    ROLLBACK(10, "start_bit", "nbits"),
    RETRY(11, "from_bit"),
    PARTIAL_CLEAR(12, "start_bit", "nbits", "remaining"),
    RESTORE(13, "start_bit", "nbits"),
    AVAIL_CHANGE(14, "delta", "avail"),
    /** lock is a {@link dev.poolscope.core.LockKind} ordinal; the event's chunk is -1 for the pool lock. */
    LOCK_REQUEST(15, "lock"),
    LOCK_ACQUIRED(16, "lock"),
    LOCK_RELEASED(17, "lock"),
    /**
     * Attributes the thread's operation in progress (between its ALLOC_BEGIN and ALLOC_END, or its
     * FREE_BEGIN and FREE_END) to label {@code label} of the header's table, e.g. its kernel caller.
     * Format version 2 only.
     */
    LABEL(18, "label");

    /** The largest number of payload fields of any kind. */
    public static final int MAX_FIELDS = 5;

    private static final EventKind[] BY_CODE = values();

    private final int code;
    private final List<String> fields;

    EventKind(int code, String... fields) {
        this.code = code;
        this.fields = List.of(fields);
    }

    /** The kind's number in trace files. */
    public int code() {
        return code;
    }

    /** The payload field names, in the order of {@code p0, p1, ...}. */
    public List<String> fields() {
        return fields;
    }

    /** The kind with file code {@code code}, or null when no kind has it. */
    public static EventKind byCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
