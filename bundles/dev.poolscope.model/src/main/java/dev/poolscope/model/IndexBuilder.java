package dev.poolscope.model;

import dev.poolscope.trace.Event;

/** Builds the {@link TraceIndex} from the events of a trace, given one at a time in order. */
final class IndexBuilder {

    private final WordHistory history;
    private final RaceIndex races = new RaceIndex();
    private final PendingRaces pendingRaces;
    private final RollbackIndex rollbacks = new RollbackIndex();
    private final RetryCounter retryCounter;
    private final LongColumn retrySeqs = new LongColumn();
    private final LongColumn allocSeqs = new LongColumn();
    private final LongColumn freeSeqs = new LongColumn();
    private final LongColumn failureSeqs = new LongColumn();
    private final ThreadCounts counts;
    private final AllocationTracker allocations;

    IndexBuilder(PoolGeometry geometry, int threadCount) {
        history = new WordHistory(geometry);
        pendingRaces = new PendingRaces(geometry, races);
        retryCounter = new RetryCounter(threadCount);
        counts = new ThreadCounts(threadCount);
        allocations = new AllocationTracker(geometry, threadCount);
    }

    void accept(Event event) {
        counts.count(event);
        allocations.accept(event);
        switch (event.kind()) {
            case CAS -> {
                if (event.casSucceeded()) {
                    recordWrite(event);
                } else {
                    addRace(event);
                }
            }
            case WORD_STORE -> recordWrite(event);
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
            case ALLOC_END -> {
                retryCounter.allocEnd(event);
                if (event.p1() == 0) {
                    failureSeqs.add(event.seq());
                }
            }
            case FREE_BEGIN -> freeSeqs.add(event.seq());
            default -> {
                // nothing to index
            }
        }
    }

    /** A successful CAS or a word store: both leave their new value in p2. */
    private void recordWrite(Event write) {
        history.recordWrite(write, write.p2());
        pendingRaces.recordWrite(write, write.p2());
    }

    /** A failed CAS: its culprit is the write before it when there is one, else it waits for one after it. */
    private void addRace(Event failedCas) {
        Race race = history.race(failedCas);
        int index = races.add(race);
        if (!race.culpritFound()) {
            pendingRaces.await(index, race);
        }
    }

    /** The index, once every event has been accepted. */
    TraceIndex build() {
        races.trim();
        rollbacks.trim();
        retrySeqs.trim();
        allocSeqs.trim();
        freeSeqs.trim();
        failureSeqs.trim();
        RetryIndex retries = retryCounter.build();
        Landmarks landmarks = new Landmarks(races.seqs(), rollbacks.seqs(), retrySeqs, allocSeqs, freeSeqs,
                failureSeqs);
        return new TraceIndex(races, rollbacks, retries, allocations.build(), landmarks, counts.summaries(retries));
    }
}
