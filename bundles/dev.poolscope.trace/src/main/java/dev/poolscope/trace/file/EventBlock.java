package dev.poolscope.trace.file;

import dev.poolscope.trace.EventKind;

/**
 * Up to {@code capacity} events of one thread, in seq order, held in primitive arrays so that
 * adding an event allocates nothing: what a recorder fills and a {@link TraceWriter} writes as one
 * block. Not thread-safe: one thread fills it, then hands it over with a happens-before edge.
 */
public final class EventBlock {

    private final int thread;
    private final long[] seqs;
    private final long[] times;
    private final int[] chunks;
    private final byte[] kinds;
    /** Five payload fields per event, event {@code i}'s at {@code [5 i, 5 i + 5)}. */
    private final long[] fields;
    private int size;

    /**
     * @param thread   the logical thread whose events this holds, {@code 0 .. 65535}
     * @param capacity events per block, {@code 1 .. 65536}
     */
    public EventBlock(int thread, int capacity) {
        if (thread < 0 || thread >= TraceFormat.MAX_THREADS) {
            throw new IllegalArgumentException("thread " + thread + " is out of the trace format's range 0.."
                    + (TraceFormat.MAX_THREADS - 1));
        }
        if (capacity < 1 || capacity > TraceFormat.MAX_BLOCK_EVENTS) {
            throw new IllegalArgumentException("block capacity " + capacity + " is out of range 1.."
                    + TraceFormat.MAX_BLOCK_EVENTS);
        }
        this.thread = thread;
        this.seqs = new long[capacity];
        this.times = new long[capacity];
        this.chunks = new int[capacity];
        this.kinds = new byte[capacity];
        this.fields = new long[capacity * EventKind.MAX_FIELDS];
    }

    public int thread() {
        return thread;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean isFull() {
        return size == seqs.length;
    }

    /**
     * Appends an event; the caller checks {@link #isFull()} first. Payload fields the kind does not
     * use must be 0 (the file does not store them).
     */
    public void add(long seq, long time, int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
        int i = size;
        seqs[i] = seq;
        times[i] = time;
        chunks[i] = chunk;
        kinds[i] = (byte) kind.code();
        int f = i * EventKind.MAX_FIELDS;
        fields[f] = p0;
        fields[f + 1] = p1;
        fields[f + 2] = p2;
        fields[f + 3] = p3;
        fields[f + 4] = p4;
        size = i + 1;
    }

    /** Empties the block for reuse. */
    public void clear() {
        size = 0;
    }

    long seq(int index) {
        return seqs[index];
    }

    long time(int index) {
        return times[index];
    }

    int chunk(int index) {
        return chunks[index];
    }

    EventKind kind(int index) {
        return EventKind.byCode(kinds[index]);
    }

    long field(int index, int field) {
        return fields[index * EventKind.MAX_FIELDS + field];
    }
}
