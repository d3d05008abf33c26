package dev.poolscope.analysis.capture;

import java.util.Arrays;

/**
 * A chunk in a snapshot: its addresses (end inclusive), avail in bytes as the kernel's counter held
 * it, its bit count, and its bitmap words (bit {@code i} is bit {@code i % 64} of word {@code i / 64}).
 */
public final class SnapshotChunk {

    private final long start;
    private final long end;
    private final long phys;
    private final long avail;
    private final long bits;
    private final long[] words;

    SnapshotChunk(long start, long end, long phys, long avail, long bits, long[] words) {
        this.start = start;
        this.end = end;
        this.phys = phys;
        this.avail = avail;
        this.bits = bits;
        this.words = words.clone();
    }

    public long start() {
        return start;
    }

    /** The last address, inclusive. */
    public long end() {
        return end;
    }

    /** Bytes in the chunk, {@code end - start + 1}. */
    public long size() {
        return end - start + 1;
    }

    public long phys() {
        return phys;
    }

    public long avail() {
        return avail;
    }

    public long bits() {
        return bits;
    }

    /** A copy of the bitmap words. */
    public long[] words() {
        return words.clone();
    }

    /** The set bits: units allocated when the snapshot was taken. */
    public long allocatedUnits() {
        return Arrays.stream(words).map(Long::bitCount).sum();
    }

    @Override
    public String toString() {
        return String.format("chunk [0x%x-0x%x]", start, end);
    }
}
