package dev.poolscope.model;

import dev.poolscope.trace.Event;

import java.util.Arrays;

/**
 * The races whose culprit is not among the writes numbered before them, each waiting through the
 * next {@value #WRITES} writes of its word by other threads for the first that leaves the value it
 * witnessed: a culprit the recorder numbered after the failed CAS it caused (see
 * {@link CulpritOrder#AFTER_BY_SEQ} for why that happens and {@link Race} for why the match is
 * right). A race whose window closes, or whose trace ends first, keeps no culprit.
 *
 * <p>Kept only while the model is built, like {@link WordHistory}: fixed arrays per chunk,
 * {@value #SLOTS} waiting races per word, dropped once the trace has been read.
 */
final class PendingRaces {

    /**
     * Writes of its word by other threads that a race waits through, the culprit's included.
     * Counted in writes of the word rather than in events of the trace, because the writes numbered
     * between a failure and its late culprit are only those of the same word that slipped in while
     * the culprit's thread was between its CAS and its probe call, whereas the events of the whole
     * trace in that time grow with the number of threads: in real-thread runs on a loaded 2-core
     * machine the late culprit was within the next 8 writes of the word for 2, 4 and 8 threads
     * alike, but beyond the next 64 events for a quarter of the races with 8 threads. The race's
     * own thread's writes do not count: they are never its culprit, and it makes as many as it can
     * while the culprit's thread is held (10 to 32 in the misses of 400 two-thread runs that counted
     * them). A short window also keeps small the chance of taking a later write that merely leaves
     * the same value again.
     */
    static final int WRITES = 8;

    /**
     * Races that can wait on one word at once; when a word has more, the oldest gives up. A thread
     * reads the word again after a failed CAS, so it fails again on it only after a new write: a
     * word seldom has more waiting races than threads racing on it.
     */
    static final int SLOTS = 8;

    private final RaceIndex races;
    /** Per slot: the waiting race's index in {@link #races}, or -1 for a free slot. */
    private final int[][] raceIndexes;
    private final int[][] threads;
    private final long[][] witnessed;
    private final byte[][] writesLeft;

    PendingRaces(PoolGeometry geometry, RaceIndex races) {
        this.races = races;
        int chunks = geometry.chunkCount();
        raceIndexes = new int[chunks][];
        threads = new int[chunks][];
        witnessed = new long[chunks][];
        writesLeft = new byte[chunks][];
        for (int chunk = 0; chunk < chunks; chunk++) {
            int slots = geometry.wordCount(chunk) * SLOTS;
            raceIndexes[chunk] = new int[slots];
            Arrays.fill(raceIndexes[chunk], -1);
            threads[chunk] = new int[slots];
            witnessed[chunk] = new long[slots];
            writesLeft[chunk] = new byte[slots];
        }
    }

    /** Lets race {@code index} of the index, found without a culprit before it, wait for one after it. */
    void await(int index, Race race) {
        int chunk = race.chunk();
        int first = race.word() * SLOTS;
        // race indexes grow with the trace and a free slot holds -1, so the smallest entry is a free
        // slot when there is one, or else the oldest waiting race, which gives up its place
        int slot = first;
        for (int other = first + 1; other < first + SLOTS; other++) {
            if (raceIndexes[chunk][other] < raceIndexes[chunk][slot]) {
                slot = other;
            }
        }
        raceIndexes[chunk][slot] = index;
        threads[chunk][slot] = race.thread();
        witnessed[chunk][slot] = race.witnessed();
        writesLeft[chunk][slot] = WRITES;
    }

    /**
     * Makes {@code write} (a successful CAS or a word store, which left {@code value} in its word)
     * the culprit of every race waiting on the word that witnessed {@code value} in another thread,
     * and counts it against the window of every other waiting race of another thread.
     */
    void recordWrite(Event write, long value) {
        int chunk = write.chunk();
        int first = (int) write.p0() * SLOTS;
        for (int slot = first; slot < first + SLOTS; slot++) {
            int index = raceIndexes[chunk][slot];
            if (index < 0) {
                continue;
            }
            if (threads[chunk][slot] == write.thread()) {
                // the race's own thread: never its culprit, and it may write the word any number of
                // times while the culprit's thread is held between its CAS and its probe call
                continue;
            }
            if (witnessed[chunk][slot] == value) {
                races.setCulprit(index, write.seq(), write.thread());
                raceIndexes[chunk][slot] = -1;
            } else if (--writesLeft[chunk][slot] == 0) {
                raceIndexes[chunk][slot] = -1;
            }
        }
    }
}
