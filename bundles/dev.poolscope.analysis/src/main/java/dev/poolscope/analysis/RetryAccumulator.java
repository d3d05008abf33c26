package dev.poolscope.analysis;

import dev.poolscope.trace.Event;

/**
 * Each thread's mean retries per allocation, over the allocations that ended in a bucket (an
 * allocation's retries are known only at its end). A thread that ended no allocation in a bucket
 * has no point there, rather than a misleading zero.
 */
final class RetryAccumulator implements BucketAccumulator {

    /** Retries of each thread's allocation in progress. */
    private final int[] running;
    private final long[] bucketRetries;
    private final long[] bucketAllocs;
    private final SeriesBuilder[] means;

    RetryAccumulator(int threadCount) {
        running = new int[threadCount];
        bucketRetries = new long[threadCount];
        bucketAllocs = new long[threadCount];
        means = new SeriesBuilder[threadCount];
        for (int thread = 0; thread < threadCount; thread++) {
            means[thread] = new SeriesBuilder("T" + thread + " retries / alloc");
        }
    }

    @Override
    public void accept(Event event) {
        int thread = event.thread();
        switch (event.kind()) {
            case ALLOC_BEGIN -> running[thread] = 0;
            case RETRY -> running[thread]++;
            case ALLOC_END -> {
                bucketRetries[thread] += running[thread];
                bucketAllocs[thread]++;
                running[thread] = 0;
            }
            default -> {
                // no other event concerns retries
            }
        }
    }

    @Override
    public void closeBucket(long lastSeq, long events) {
        for (int thread = 0; thread < means.length; thread++) {
            if (bucketAllocs[thread] > 0) {
                means[thread].add(lastSeq, bucketRetries[thread] / (double) bucketAllocs[thread]);
            }
            bucketRetries[thread] = 0;
            bucketAllocs[thread] = 0;
        }
    }

    Series[] means() {
        Series[] built = new Series[means.length];
        for (int thread = 0; thread < means.length; thread++) {
            built[thread] = means[thread].build();
        }
        return built;
    }
}
