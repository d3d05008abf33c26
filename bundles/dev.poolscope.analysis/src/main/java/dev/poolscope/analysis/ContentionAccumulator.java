package dev.poolscope.analysis;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

/**
 * Failed CASes and rollbacks per 1,000 events of each bucket. The rate is over the events the
 * bucket actually held, so the last, shorter bucket is not understated: the count in a bucket is
 * its rate times its events / 1,000.
 */
final class ContentionAccumulator implements BucketAccumulator {

    static final double PER_EVENTS = 1_000;

    private final SeriesBuilder failures = new SeriesBuilder("CAS failures / 1,000 events");
    private final SeriesBuilder rollbacks = new SeriesBuilder("rollbacks / 1,000 events");
    private long bucketFailures;
    private long bucketRollbacks;

    @Override
    public void accept(Event event) {
        bucketFailures += event.casFailed() ? 1 : 0;
        bucketRollbacks += event.kind() == EventKind.ROLLBACK ? 1 : 0;
    }

    @Override
    public void closeBucket(long lastSeq, long events) {
        failures.add(lastSeq, bucketFailures * PER_EVENTS / events);
        rollbacks.add(lastSeq, bucketRollbacks * PER_EVENTS / events);
        bucketFailures = 0;
        bucketRollbacks = 0;
    }

    Series failures() {
        return failures.build();
    }

    Series rollbacks() {
        return rollbacks.build();
    }
}
