package dev.poolscope.trace.explore;

import java.util.List;

/**
 * The shared state one step of a scheduled run may touch: the words, summaries, avail counters
 * and locks it reads, writes or atomically adds to. Two steps of different threads whose
 * footprints do not {@link #conflictsWith conflict} commute: running them in either order leaves
 * the same state and lets each thread see the same values, so an exploration needs only one order.
 */
record Footprint(List<Access> accesses) {

    /** What a step does to a location. */
    enum Mode {
        READ, WRITE,
        /** An atomic add whose result the thread does not use to decide anything: adds commute with each other. */
        ADD
    }

    /** A location: a chunk's word, all of its words, its run summary, its avail counter, or a lock. */
    enum Location {
        WORD, ALL_WORDS, SUMMARY, AVAIL, LOCK
    }

    /**
     * @param chunk the chunk's id; -1 for the pool's lock
     * @param index the word's index for {@link Location#WORD}, otherwise 0
     */
    record Access(Location location, int chunk, int index, Mode mode) {

        boolean conflictsWith(Access other) {
            boolean oneChanges = mode != Mode.READ || other.mode != Mode.READ;
            boolean bothAdd = mode == Mode.ADD && other.mode == Mode.ADD;
            return sameLocation(other) && oneChanges && !bothAdd;
        }

        private boolean sameLocation(Access other) {
            if (chunk != other.chunk) {
                return false;
            }
            if (isWords() && other.isWords()) {
                // a search reads every word of its chunk: it meets any single word of that chunk
                return location == Location.ALL_WORDS || other.location == Location.ALL_WORDS || index == other.index;
            }
            return location == other.location;
        }

        private boolean isWords() {
            return location == Location.WORD || location == Location.ALL_WORDS;
        }
    }

    static final Footprint NONE = new Footprint(List.of());

    Footprint {
        accesses = List.copyOf(accesses);
    }

    /** A bit per thread whose entry in {@code perThread} (a sleeper's next step) is not null. */
    static int present(Footprint[] perThread) {
        int mask = 0;
        for (int t = 0; t < perThread.length; t++) {
            mask |= perThread[t] != null ? 1 << t : 0;
        }
        return mask;
    }

    /** Wakes, in place, the sleepers of {@code asleep} whose next step conflicts with {@code taken}. */
    static void wake(Footprint[] asleep, Footprint taken) {
        for (int t = 0; t < asleep.length; t++) {
            if (asleep[t] != null && asleep[t].conflictsWith(taken)) {
                asleep[t] = null;
            }
        }
    }

    /** True when the two steps may not commute: they share a location and one of them writes it. */
    boolean conflictsWith(Footprint other) {
        for (Access mine : accesses) {
            for (Access theirs : other.accesses) {
                if (mine.conflictsWith(theirs)) {
                    return true;
                }
            }
        }
        return false;
    }
}
