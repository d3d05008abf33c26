package dev.poolscope.analysis.log;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * A whole allocation log, checked: its operations in file order. Allocation ids run from 1 in the
 * order of the allocs, and every free names an alloc before it that is not yet freed, so a replay
 * needs no checks of its own. Immutable: {@link AllocationLogReader} builds it only after the last line.
 */
public final class AllocationLog {

    /** What the reader stores as the size of a free, whose row has none. */
    static final long FREE = -1;

    private final Path source;
    private final long[] bytes;
    private final int[] ids;
    private final int allocs;

    AllocationLog(Path source, long[] bytes, int[] ids, int count, int allocs) {
        this.source = source;
        this.bytes = Arrays.copyOf(bytes, count);
        this.ids = Arrays.copyOf(ids, count);
        this.allocs = allocs;
    }

    /** The file the log was read from. */
    public Path source() {
        return source;
    }

    /** Operations (data rows) in the log. */
    public int operations() {
        return ids.length;
    }

    /** Alloc rows in the log; also the highest id. */
    public int allocs() {
        return allocs;
    }

    /** True when operation {@code index} (from 0) is an alloc, false for a free. */
    public boolean isAlloc(int index) {
        return bytes[index] != FREE;
    }

    /** The id operation {@code index} allocates or frees (from 1). */
    public int id(int index) {
        return ids[index];
    }

    /** The bytes operation {@code index} allocates; only for an alloc. */
    public long size(int index) {
        if (!isAlloc(index)) {
            throw new IllegalArgumentException("operation " + index + " is a free of id " + ids[index] + ", which has no size");
        }
        return bytes[index];
    }
}
