package dev.poolscope.model;

import dev.poolscope.trace.Event;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Counts each thread's retries per allocation while the model is built, and keeps the allocations that retried. */
final class RetryCounter {

    private final long[] allocSeq;
    private final int[] retries;
    private final LongColumn retriedSeq = new LongColumn();
    private final IntColumn retriedThread = new IntColumn();
    private final IntColumn retriedCount = new IntColumn();

    RetryCounter(int threadCount) {
        allocSeq = new long[threadCount];
        Arrays.fill(allocSeq, -1); // -1: the thread is in no allocation
        retries = new int[threadCount];
    }

    void allocBegin(Event event) {
        finish(event.thread());
        allocSeq[event.thread()] = event.seq();
    }

    void retry(Event event) {
        retries[event.thread()]++;
    }

    void allocEnd(Event event) {
        finish(event.thread());
    }

    private void finish(int thread) {
        if (allocSeq[thread] >= 0 && retries[thread] > 0) {
            retriedSeq.add(allocSeq[thread]);
            retriedThread.add(thread);
            retriedCount.add(retries[thread]);
        }
        allocSeq[thread] = -1;
        retries[thread] = 0;
    }

    /** The index, once the trace has been read; allocations still running at its end count too. */
    RetryIndex build() {
        for (int thread = 0; thread < allocSeq.length; thread++) {
            finish(thread);
        }
        // rows were added as allocations ended, which interleaves threads: order them by begin event
        int[] order = IntStream.range(0, retriedSeq.size()).boxed()
                .sorted(Comparator.comparingLong(retriedSeq::get)).mapToInt(Integer::intValue).toArray();
        LongColumn beginSeq = new LongColumn();
        IntColumn thread = new IntColumn();
        IntColumn count = new IntColumn();
        for (int row : order) {
            beginSeq.add(retriedSeq.get(row));
            thread.add(retriedThread.get(row));
            count.add(retriedCount.get(row));
        }
        beginSeq.trim();
        thread.trim();
        count.trim();
        return new RetryIndex(beginSeq, thread, count);
    }
}
