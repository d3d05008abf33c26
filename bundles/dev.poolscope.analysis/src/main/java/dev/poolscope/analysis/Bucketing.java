package dev.poolscope.analysis;

/**
 * Cuts a trace's sequence numbers into buckets of {@code width} consecutive numbers from
 * {@code firstSeq}: bucket {@code b} holds the events numbered {@code firstSeq + b * width} up to
 * one before the next bucket's first. The width is chosen once, before the pass, from the trace's
 * first and last numbers, so that a series never has more points than the budget.
 */
public record Bucketing(long firstSeq, long width) {

    public Bucketing {
        if (width < 1) {
            throw new IllegalArgumentException("a bucket must be at least one event wide, got " + width);
        }
    }

    /** The narrowest buckets that cut {@code firstSeq..lastSeq} into at most {@code maxBuckets}. */
    static Bucketing of(long firstSeq, long lastSeq, int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("the point budget must be positive, got " + maxBuckets);
        }
        long span = Math.max(1, lastSeq - firstSeq + 1);
        return new Bucketing(firstSeq, (span + maxBuckets - 1) / maxBuckets);
    }

    long bucketOf(long seq) {
        return (seq - firstSeq) / width;
    }

    /** The first number of the bucket after the one holding {@code seq}. */
    long nextBucketStart(long seq) {
        return firstSeq + (bucketOf(seq) + 1) * width;
    }
}
