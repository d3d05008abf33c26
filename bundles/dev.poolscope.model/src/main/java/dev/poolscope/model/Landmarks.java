package dev.poolscope.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/** The sequence numbers of every landmark event, per kind, in ascending order. */
final class Landmarks {

    private final Map<Landmark, LongColumn> seqs = new EnumMap<>(Landmark.class);

    /** Takes the columns in which each kind's events are listed. */
    Landmarks(LongColumn races, LongColumn rollbacks, LongColumn retries, LongColumn allocs, LongColumn frees,
            LongColumn failures) {
        seqs.put(Landmark.RACE, races);
        seqs.put(Landmark.ROLLBACK, rollbacks);
        seqs.put(Landmark.RETRY, retries);
        seqs.put(Landmark.ALLOC, allocs);
        seqs.put(Landmark.FREE, frees);
        seqs.put(Landmark.FAILURE, failures);
    }

    /** The heap of the retry, alloc, free and failure columns; the race and rollback columns belong to their indexes. */
    long bytes() {
        return seqs.get(Landmark.RETRY).bytes() + seqs.get(Landmark.ALLOC).bytes() + seqs.get(Landmark.FREE).bytes()
                + seqs.get(Landmark.FAILURE).bytes();
    }

    int count(Landmark landmark) {
        return seqs.get(landmark).size();
    }

    /** The first {@code landmark} event after event {@code seq}. */
    OptionalLong next(Landmark landmark, long seq) {
        LongColumn column = seqs.get(landmark);
        int index = column.firstAbove(seq);
        return index < column.size() ? OptionalLong.of(column.get(index)) : OptionalLong.empty();
    }

    /** The last {@code landmark} event before event {@code seq}. */
    OptionalLong previous(Landmark landmark, long seq) {
        LongColumn column = seqs.get(landmark);
        int index = column.firstAtOrAbove(seq) - 1;
        return index >= 0 ? OptionalLong.of(column.get(index)) : OptionalLong.empty();
    }
}
