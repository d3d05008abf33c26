package dev.poolscope.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A growable column of longs. The model's indexes keep each field of their entries in a column
 * like this one rather than as objects, so an entry costs only the bytes of its fields.
 */
final class LongColumn {

    private long[][] blocks = {new long[Columns.FIRST_BLOCK_LENGTH]};
    private int size;

    void add(long value) {
        int block = Columns.block(size);
        int position = Columns.inBlock(size);
        if (block == blocks.length) {
            blocks = Arrays.copyOf(blocks, block + 1);
            blocks[block] = new long[Columns.FIRST_BLOCK_LENGTH];
        } else if (position == blocks[block].length) {
            blocks[block] = Arrays.copyOf(blocks[block], Columns.grown(position));
        }
        blocks[block][position] = value;
        size++;
    }

    /** Overwrites entry {@code index}: for a field learnt after its entry was added. */
    void set(int index, long value) {
        Objects.checkIndex(index, size);
        blocks[Columns.block(index)][Columns.inBlock(index)] = value;
    }

    long get(int index) {
        Objects.checkIndex(index, size);
        return blocks[Columns.block(index)][Columns.inBlock(index)];
    }

    int size() {
        return size;
    }

    /** For a column in ascending order: the index of the first value {@code >= key}, or {@link #size()}. */
    int firstAtOrAbove(long key) {
        return key == Long.MIN_VALUE ? 0 : firstAbove(key - 1);
    }

    /** For a column in ascending order: the index of {@code key}, or -1 when the column lacks it. */
    int indexOf(long key) {
        int index = firstAtOrAbove(key);
        return index < size && get(index) == key ? index : -1;
    }

    /** For a column in ascending order: the index of the first value {@code > key}, or {@link #size()}. */
    int firstAbove(long key) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (get(middle) <= key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Drops the spare capacity once the column is complete. */
    void trim() {
        int last = blocks.length - 1;
        blocks[last] = Arrays.copyOf(blocks[last], size - (last << Columns.BLOCK_SHIFT));
    }

    /** The column's share of the heap. */
    long bytes() {
        long bytes = Columns.ARRAY_HEADER_BYTES + 4L * blocks.length;
        for (long[] block : blocks) {
            bytes += Columns.ARRAY_HEADER_BYTES + (long) Long.BYTES * block.length;
        }
        return bytes;
    }
}
