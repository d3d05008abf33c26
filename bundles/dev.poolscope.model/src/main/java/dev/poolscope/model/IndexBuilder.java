package dev.poolscope.model;

import dev.poolscope.trace.Event;

/** Builds the {@link TraceIndex} from the events of a trace, given one at a time in order. */
final class IndexBuilder {

    private final WordHistory history;
    private final RaceIndex races = new RaceIndex();
    private final RollbackIndex rollbacks = new RollbackIndex();
    private final RetryCounter retryCounter;
    private final LongColumn retrySeqs = new LongColumn();
    private final LongColumn allocSeqs = new LongColumn();
    private final LongColumn freeSeqs = new LongColumn();
    private final ThreadCounts counts;

    IndexBuilder(PoolGeometry geometry, int threadCount) {
        history = new WordHistory(geometry);
        retryCounter = new RetryCounter(threadCount);
        counts = new ThreadCounts(threadCount);
    }

    void accept(Event event) {
        counts.count(event);
        switch (event.kind()) {
            case CAS -> {
                if (event.casSucceeded()) {
                    history.recordWrite(event, event.p2());
                } else {
                    races.add(history.race(event));
                }
            }
            case WORD_STORE -> history.recordWrite(event, event.p2());
            case ROLLBACK -> rollbacks.add(new Rollback(event.seq(), event.thread(), event.chunk(), event.p0(),
                    event.p1()));
            case RETRY -> {
                retrySeqs.add(event.seq());
                retryCounter.retry(event);
            }
            case ALLOC_BEGIN -> {
                allocSeqs.add(event.seq());
                retryCounter.allocBegin(event);
            }
            case ALLOC_END -> retryCounter.allocEnd(event);
            case FREE_BEGIN -> freeSeqs.add(event.seq());
            default -> {
                // nothing to index
            }
        }
    }

    /** The index, once every event has been accepted. */
    TraceIndex build() {
        races.trim();
        rollbacks.trim();
        retrySeqs.trim();
        allocSeqs.trim();
        freeSeqs.trim();
        RetryIndex retries = retryCounter.build();
        Landmarks landmarks = new Landmarks(races.seqs(), rollbacks.seqs(), retrySeqs, allocSeqs, freeSeqs);
        return new TraceIndex(races, rollbacks, retries, landmarks, counts.summaries(retries));
    }
}
