package dev.poolscope.model;

import dev.poolscope.trace.Event;

/** Follows one thread through its operations, event by event: the mutable form of a {@link ThreadPosition}. */
final class ThreadTracker {

    private final PoolGeometry geometry;
    private final int thread;
    private Operation operation;
    private long size;
    private long address;
    private int chunk;
    private Step step;
    private int word;
    private int retries;
    private long operationSeq;
    private long lastSeq;

    ThreadTracker(PoolGeometry geometry, ThreadPosition position) {
        this.geometry = geometry;
        this.thread = position.thread();
        this.operation = position.operation();
        this.size = position.size();
        this.address = position.address();
        this.chunk = position.chunk();
        this.step = position.step();
        this.word = position.word();
        this.retries = position.retries();
        this.operationSeq = position.operationSeq();
        this.lastSeq = position.lastSeq();
    }

    /** Saves where the thread is in {@code slot} of {@code columns}. */
    void saveTo(PositionColumns columns, int slot) {
        columns.set(slot, operation, size, address, chunk, step, word, retries, operationSeq, lastSeq);
    }

    /** Puts the thread back where {@link #saveTo} saved it in {@code slot} of {@code columns}. */
    void restoreFrom(PositionColumns columns, int slot) {
        this.operation = columns.operation(slot);
        this.size = columns.size(slot);
        this.address = columns.address(slot);
        this.chunk = columns.chunk(slot);
        this.step = columns.step(slot);
        this.word = columns.word(slot);
        this.retries = columns.retries(slot);
        this.operationSeq = columns.operationSeq(slot);
        this.lastSeq = columns.lastSeq(slot);
    }

    long lastSeq() {
        return lastSeq;
    }

    ThreadPosition position() {
        return new ThreadPosition(thread, operation, size, address, chunk, step, word, retries, operationSeq, lastSeq);
    }

    /** Moves past {@code event}, one of this thread's. */
    void apply(Event event) {
        lastSeq = event.seq();
        switch (event.kind()) {
            case ALLOC_BEGIN -> begin(event, Operation.ALLOC, event.p0(), 0);
            case FREE_BEGIN -> begin(event, Operation.FREE, event.p1(), event.p0());
            case ALLOC_END -> {
                address = event.p1();
                moveTo(event, Step.DONE, -1);
            }
            case FREE_END -> moveTo(event, Step.DONE, -1);
            case AVAIL_READ -> moveTo(event, Step.AVAIL_CHECK, -1);
            case SEARCH -> {
                boolean found = Long.compareUnsigned(event.p2(), geometry.bitCount(event.chunk())) < 0;
                address = found ? geometry.addressOf(event.chunk(), event.p2()) : 0;
                moveTo(event, Step.SEARCH, -1);
            }
            case WORD_READ, CAS, WORD_STORE -> moveTo(event, wordStep(), (int) event.p0());
            // the word it lost on is the one after the bits it did change: start + nbits - remaining
            case PARTIAL_SET -> moveTo(event, Step.ROLLBACK, (int) ((event.p0() + event.p1() - event.p2()) >>> 6));
            case PARTIAL_CLEAR -> moveTo(event, Step.RESTORE, (int) ((event.p0() + event.p1() - event.p2()) >>> 6));
            case ROLLBACK -> moveTo(event, Step.ROLLBACK, word);
            case RESTORE -> moveTo(event, Step.RESTORE, word);
            case RETRY -> {
                retries++;
                moveTo(event, Step.RETRY, -1);
            }
            case AVAIL_CHANGE -> moveTo(event, Step.AVAIL_UPDATE, -1);
            case LOCK_REQUEST -> moveTo(event, Step.LOCK_WAIT, -1);
            case LOCK_ACQUIRED -> moveTo(event, Step.LOCKED, -1);
            case LOCK_RELEASED -> moveTo(event, Step.UNLOCK, -1);
            case LABEL -> {
                // a label says who asked for the operation, not a step of it: the thread stays where it is
            }
        }
    }

    private void begin(Event event, Operation operation, long size, long address) {
        this.operation = operation;
        this.size = size;
        this.address = address;
        this.chunk = -1;
        this.retries = 0;
        this.operationSeq = event.seq();
        moveTo(event, Step.BEGIN, -1);
    }

    /** The step of a word read, CAS or store: the rollback and restore phases keep their step while they change words. */
    private Step wordStep() {
        if (step == Step.ROLLBACK || step == Step.RESTORE) {
            return step;
        }
        return operation == Operation.FREE ? Step.CLEAR_WORD : Step.SET_WORD;
    }

    private void moveTo(Event event, Step next, int nextWord) {
        if (event.chunk() >= 0) {
            chunk = event.chunk();
        }
        step = next;
        word = nextWord;
    }
}
