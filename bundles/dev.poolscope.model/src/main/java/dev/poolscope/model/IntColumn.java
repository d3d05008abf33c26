package dev.poolscope.model;

import java.util.Arrays;
import java.util.Objects;

/** A growable column of ints, for the narrow fields of index entries (thread, chunk, word, counts). */
final class IntColumn {

    private int[] values = new int[16];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Columns.grown(size));
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[Objects.checkIndex(index, size)];
    }

    int size() {
        return size;
    }

    /** Drops the spare capacity once the column is complete. */
    void trim() {
        values = Arrays.copyOf(values, size);
    }

    /** The column's share of the heap. */
    long bytes() {
        return Columns.ARRAY_HEADER_BYTES + (long) Integer.BYTES * values.length;
    }
}
