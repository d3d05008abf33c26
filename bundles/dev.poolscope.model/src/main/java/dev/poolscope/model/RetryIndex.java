package dev.poolscope.model;

/** The allocations of a trace that retried, in order of their ALLOC_BEGIN events, with their retry counts. */
public final class RetryIndex {

    private final LongColumn beginSeq;
    private final IntColumn thread;
    private final IntColumn retries;

    /** Takes ownership of the columns, which are in ascending order of {@code beginSeq}. */
    RetryIndex(LongColumn beginSeq, IntColumn thread, IntColumn retries) {
        this.beginSeq = beginSeq;
        this.thread = thread;
        this.retries = retries;
    }

    /** Allocations that retried at least once. */
    public int size() {
        return beginSeq.size();
    }

    public RetriedAlloc get(int index) {
        return new RetriedAlloc(beginSeq.get(index), thread.get(index), retries.get(index));
    }

    /** The retries of the allocation that began at event {@code allocBeginSeq}: 0 when it never retried. */
    public int retriesOfAlloc(long allocBeginSeq) {
        int index = beginSeq.indexOf(allocBeginSeq);
        return index < 0 ? 0 : retries.get(index);
    }

    /** The index of the first retried allocation beginning at or after event {@code eventSeq}, or {@link #size()}. */
    public int firstAtOrAfter(long eventSeq) {
        return beginSeq.firstAtOrAbove(eventSeq);
    }

    long bytes() {
        return beginSeq.bytes() + thread.bytes() + retries.bytes();
    }
}
