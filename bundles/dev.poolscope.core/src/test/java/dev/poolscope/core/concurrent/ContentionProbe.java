package dev.poolscope.core.concurrent;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.Probe;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the race outcomes a concurrent run went through, to show a test really exercised them.
 * LongAdder keeps the counting itself from becoming a point of contention between the threads.
 */
class ContentionProbe implements Probe {

    private final LongAdder casFailures = new LongAdder();
    private final LongAdder partialSets = new LongAdder();
    private final LongAdder rollbacks = new LongAdder();
    private final LongAdder retries = new LongAdder();

    @Override
    public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
        if (!success) {
            casFailures.increment();
        }
    }

    @Override
    public void partialSet(Chunk chunk, long startBit, long nbits, long remaining) {
        partialSets.increment();
    }

    /** Only a rollback that clears bits counts: a conflict in the first word has set nothing to undo. */
    @Override
    public void rollback(Chunk chunk, long startBit, long nbits) {
        if (nbits > 0) {
            rollbacks.increment();
        }
    }

    @Override
    public void retry(Chunk chunk, long fromBit) {
        retries.increment();
    }

    long casFailures() {
        return casFailures.sum();
    }

    long partialSets() {
        return partialSets.sum();
    }

    /** Rollbacks that cleared at least one bit. */
    long rollbacks() {
        return rollbacks.sum();
    }

    long retries() {
        return retries.sum();
    }

    @Override
    public String toString() {
        return String.format("%d CAS failures, %d partial sets, %d rollbacks that cleared bits, %d retries",
                casFailures(), partialSets(), rollbacks(), retries());
    }
}
