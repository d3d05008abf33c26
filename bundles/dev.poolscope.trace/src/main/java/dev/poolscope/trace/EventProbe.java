package dev.poolscope.trace;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.LockKind;
import dev.poolscope.core.Probe;

/**
 * A probe that turns every allocator step into one event: each {@link Probe} method becomes an
 * {@link #emit} call with its {@link EventKind} and payload in the kind's field order. This is the
 * one place where probe calls map to events; recorders only decide what to do with them.
 */
public abstract class EventProbe implements Probe {

    private final ThreadIds threadIds = new ThreadIds();

    /** A probe that keeps nothing: for a run that is made only for its schedule or its end state. */
    public static EventProbe discarding() {
        return new EventProbe() {
            @Override
            protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
                // nothing is kept
            }
        };
    }

    /** The logical thread numbers events are recorded under. */
    public final ThreadIds threadIds() {
        return threadIds;
    }

    /**
     * Called on the allocating thread for each step, in that thread's program order.
     *
     * @param chunk the chunk's id, or -1 when the step concerns no chunk
     */
    protected abstract void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4);

    /**
     * Attributes the calling thread's operation in progress to label {@code index} of the trace
     * header's table: one {@link EventKind#LABEL} event, emitted between the operation's begin and
     * end (e.g. from {@link dev.poolscope.core.Probe#allocBegin} of a probe that knows the caller).
     */
    public final void label(int index) {
        emit(-1, EventKind.LABEL, index, 0, 0, 0, 0);
    }

    private static int id(Chunk chunk) {
        return chunk == null ? -1 : chunk.id();
    }

    @Override
    public void allocBegin(long size, long nbits) {
        emit(-1, EventKind.ALLOC_BEGIN, size, nbits, 0, 0, 0);
    }

    @Override
    public void allocEnd(long size, long address) {
        emit(-1, EventKind.ALLOC_END, size, address, 0, 0, 0);
    }

    @Override
    public void freeBegin(long address, long size) {
        emit(-1, EventKind.FREE_BEGIN, address, size, 0, 0, 0);
    }

    @Override
    public void freeEnd(long address, long size) {
        emit(-1, EventKind.FREE_END, address, size, 0, 0, 0);
    }

    @Override
    public void availRead(Chunk chunk, long avail) {
        emit(id(chunk), EventKind.AVAIL_READ, avail, 0, 0, 0, 0);
    }

    @Override
    public void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
        emit(id(chunk), EventKind.SEARCH, fromBit, nbits, foundBit, 0, 0);
    }

    @Override
    public void wordRead(Chunk chunk, int word, long value) {
        emit(id(chunk), EventKind.WORD_READ, word, value, 0, 0, 0);
    }

    @Override
    public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
        emit(id(chunk), EventKind.CAS, word, expected, desired, witnessed, success ? 1 : 0);
    }

    @Override
    public void wordStore(Chunk chunk, int word, long before, long after) {
        emit(id(chunk), EventKind.WORD_STORE, word, before, after, 0, 0);
    }

    @Override
    public void partialSet(Chunk chunk, long startBit, long nbits, long remaining) {
        emit(id(chunk), EventKind.PARTIAL_SET, startBit, nbits, remaining, 0, 0);
    }

    @Override
    public void rollback(Chunk chunk, long startBit, long nbits) {
        emit(id(chunk), EventKind.ROLLBACK, startBit, nbits, 0, 0, 0);
    }

    @Override
    public void retry(Chunk chunk, long fromBit) {
        emit(id(chunk), EventKind.RETRY, fromBit, 0, 0, 0, 0);
    }

    @Override
    public void partialClear(Chunk chunk, long startBit, long nbits, long remaining) {
        emit(id(chunk), EventKind.PARTIAL_CLEAR, startBit, nbits, remaining, 0, 0);
    }

    @Override
    public void restore(Chunk chunk, long startBit, long nbits) {
        emit(id(chunk), EventKind.RESTORE, startBit, nbits, 0, 0, 0);
    }

    @Override
    public void availChange(Chunk chunk, long delta, long newAvail) {
        emit(id(chunk), EventKind.AVAIL_CHANGE, delta, newAvail, 0, 0, 0);
    }

    @Override
    public void lockRequest(Chunk chunk, LockKind kind) {
        emit(id(chunk), EventKind.LOCK_REQUEST, kind.ordinal(), 0, 0, 0, 0);
    }

    @Override
    public void lockAcquired(Chunk chunk, LockKind kind) {
        emit(id(chunk), EventKind.LOCK_ACQUIRED, kind.ordinal(), 0, 0, 0, 0);
    }

    @Override
    public void lockReleased(Chunk chunk, LockKind kind) {
        emit(id(chunk), EventKind.LOCK_RELEASED, kind.ordinal(), 0, 0, 0, 0);
    }
}
