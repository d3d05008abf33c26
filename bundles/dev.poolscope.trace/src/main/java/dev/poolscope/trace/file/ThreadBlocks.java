package dev.poolscope.trace.file;

import java.util.Arrays;

/**
 * The index entries of one thread's blocks, in file order (which is seq order): 36 bytes a block,
 * in primitive arrays, so the index stays small however long the trace.
 */
final class ThreadBlocks {

    private final int thread;
    private long[] offsets = new long[16];
    private long[] firstSeqs = new long[16];
    private long[] lastSeqs = new long[16];
    private int[] counts = new int[16];
    private int[] payloadLengths = new int[16];
    private int[] payloadCrcs = new int[16];
    private int size;
    private long events;

    ThreadBlocks(int thread) {
        this.thread = thread;
    }

    int thread() {
        return thread;
    }

    /** Blocks indexed. */
    int size() {
        return size;
    }

    /** Events in all of the thread's blocks. */
    long events() {
        return events;
    }

    /** The last seq of the thread's last block, or -1 when it has none. */
    long lastSeq() {
        return size == 0 ? -1 : lastSeqs[size - 1];
    }

    /** Adds the next block; the caller has checked that it starts after {@link #lastSeq()}. */
    void add(BlockHeader block) {
        if (size == offsets.length) {
            int grown = size * 2;
            offsets = Arrays.copyOf(offsets, grown);
            firstSeqs = Arrays.copyOf(firstSeqs, grown);
            lastSeqs = Arrays.copyOf(lastSeqs, grown);
            counts = Arrays.copyOf(counts, grown);
            payloadLengths = Arrays.copyOf(payloadLengths, grown);
            payloadCrcs = Arrays.copyOf(payloadCrcs, grown);
        }
        offsets[size] = block.offset();
        firstSeqs[size] = block.firstSeq();
        lastSeqs[size] = block.lastSeq();
        counts[size] = block.count();
        payloadLengths[size] = block.payloadLength();
        payloadCrcs[size] = block.payloadCrc();
        size++;
        events += block.count();
    }

    /** Block {@code index}'s header as the scan checked it. */
    BlockHeader block(int index) {
        return new BlockHeader(offsets[index], thread, counts[index], payloadLengths[index], firstSeqs[index],
                lastSeqs[index], payloadCrcs[index]);
    }

    /** The first block whose last seq is {@code >= seq}: the one holding the thread's first event at or after it, or {@link #size()}. */
    int firstBlockReaching(long seq) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (lastSeqs[middle] < seq) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Bytes the arrays take. */
    long memoryBytes() {
        return (long) offsets.length * (3 * Long.BYTES + 3 * Integer.BYTES);
    }
}
