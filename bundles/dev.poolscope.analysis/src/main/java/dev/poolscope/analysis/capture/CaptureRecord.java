package dev.poolscope.analysis.capture;

/**
 * One record of a capture: an event (a probed call that returned), a snapshot of a pool, or a
 * count of records the module dropped. Records are numbered by {@link #seq()} from 0 without gaps,
 * in the order the module committed them (for events, the kernel's completion order).
 */
public sealed interface CaptureRecord permits CaptureEvent, PoolSnapshot, LostRecords {

    long seq();

    /** The line the record starts on in its file, from 1. */
    long line();
}
