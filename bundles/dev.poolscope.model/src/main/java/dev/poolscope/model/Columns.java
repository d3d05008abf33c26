package dev.poolscope.model;

/** What {@link LongColumn} and {@link IntColumn} share: how they grow and what an array costs. */
final class Columns {

    /** The header of a Java array on a 64-bit JVM with compressed pointers, rounded up. */
    static final long ARRAY_HEADER_BYTES = 16;

    /** Java arrays cannot be larger than this on common JVMs. */
    private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

    private Columns() {
    }

    /** The capacity after {@code size}: half as much again, like ArrayList. */
    static int grown(int size) {
        if (size >= MAX_LENGTH) {
            throw new IllegalStateException("an index column cannot hold more than " + MAX_LENGTH + " entries");
        }
        return (int) Math.min(MAX_LENGTH, size + (size >> 1) + 16L);
    }
}
