package dev.poolscope.model;

import java.util.Arrays;
import java.util.Objects;

/** A growable column of ints, for the narrow fields of index entries (thread, chunk, word, counts). */
final class IntColumn {

    private int[][] blocks = {new int[Columns.FIRST_BLOCK_LENGTH]};
    private int size;

    void add(int value) {
        int block = Columns.block(size);
        int position = Columns.inBlock(size);
        if (block == blocks.length) {
            blocks = Arrays.copyOf(blocks, block + 1);
            blocks[block] = new int[Columns.FIRST_BLOCK_LENGTH];
        } else if (position == blocks[block].length) {
            blocks[block] = Arrays.copyOf(blocks[block], Columns.grown(position));
        }
        blocks[block][position] = value;
        size++;
    }

    /** Overwrites entry {@code index}: for a field learnt after its entry was added. */
    void set(int index, int value) {
        Objects.checkIndex(index, size);
        blocks[Columns.block(index)][Columns.inBlock(index)] = value;
    }

    int get(int index) {
        Objects.checkIndex(index, size);
        return blocks[Columns.block(index)][Columns.inBlock(index)];
    }

    int size() {
        return size;
    }

    /** Drops the spare capacity once the column is complete. */
    void trim() {
        int last = blocks.length - 1;
        blocks[last] = Arrays.copyOf(blocks[last], size - (last << Columns.BLOCK_SHIFT));
    }

    /** The column's share of the heap. */
    long bytes() {
        long bytes = Columns.ARRAY_HEADER_BYTES + 4L * blocks.length;
        for (int[] block : blocks) {
            bytes += Columns.ARRAY_HEADER_BYTES + (long) Integer.BYTES * block.length;
        }
        return bytes;
    }
}
