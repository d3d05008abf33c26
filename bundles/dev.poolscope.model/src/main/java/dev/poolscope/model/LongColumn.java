package dev.poolscope.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A growable column of longs. The model's indexes keep each field of their entries in a column
 * like this one rather than as objects, so an entry costs only the bytes of its fields.
 */
final class LongColumn {

    private long[] values = new long[16];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Columns.grown(size));
        }
        values[size++] = value;
    }

    long get(int index) {
        return values[Objects.checkIndex(index, size)];
    }

    int size() {
        return size;
    }

    /** For a column in ascending order: the index of the first value {@code >= key}, or {@link #size()}. */
    int firstAtOrAbove(long key) {
        return key == Long.MIN_VALUE ? 0 : firstAbove(key - 1);
    }

    /** For a column in ascending order: the index of the first value {@code > key}, or {@link #size()}. */
    int firstAbove(long key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] <= key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Drops the spare capacity once the column is complete. */
    void trim() {
        values = Arrays.copyOf(values, size);
    }

    /** The column's share of the heap. */
    long bytes() {
        return Columns.ARRAY_HEADER_BYTES + (long) Long.BYTES * values.length;
    }
}
