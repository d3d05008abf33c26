package dev.poolscope.trace.explore;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.explore.Footprint.Access;
import dev.poolscope.trace.explore.Footprint.Location;
import dev.poolscope.trace.explore.Footprint.Mode;

import java.util.ArrayList;
import java.util.List;

/**
 * What each step of a scheduled run touched, told from the event the step ended at. A step runs a
 * thread from one probe point to the next, and the allocator reports each shared access at the
 * probe point right after it: AVAIL_READ after reading avail, SEARCH after the search read the
 * words (and tightened the run summary), WORD_READ after the read, CAS after the compare-and-swap,
 * WORD_STORE after a store under a lock, AVAIL_CHANGE after the atomic add, LOCK_ACQUIRED after
 * taking a lock, LOCK_RELEASED after giving it back. The other points (begins, ends, PARTIAL_SET,
 * ROLLBACK, LOCK_REQUEST, ...) follow no shared access of their own.
 *
 * <p>One access has no probe point: a clear (a free, or a rollback) updates the chunk's run
 * summary before its first word and after its last. This model does not place those updates
 * exactly: it counts a summary write in every step from a FREE_BEGIN to its FREE_END and from a
 * ROLLBACK to its RETRY, both included. That is more than the clear does, which can only make
 * more steps conflict (fewer orders pruned), never fewer.
 */
final class StepFootprints {

    private final boolean[] freeing;
    private final boolean[] rollingBack;
    private final int[] chunkOf;

    StepFootprints(int threads) {
        freeing = new boolean[threads];
        rollingBack = new boolean[threads];
        chunkOf = new int[threads];
    }

    /** The footprint of {@code thread}'s step that ended at {@code event} (null: the step ended the thread). */
    Footprint next(int thread, Event event) {
        if (event == null) {
            return Footprint.NONE; // after its last operation's end the thread only leaves its program
        }
        List<Access> accesses = new ArrayList<>();
        int chunk = event.chunk();
        if (chunk >= 0) {
            chunkOf[thread] = chunk;
        }
        if (freeing[thread] || rollingBack[thread]) {
            accesses.add(new Access(Location.SUMMARY, chunkOf[thread], 0, Mode.WRITE));
        }
        addOwn(event, accesses);
        switch (event.kind()) {
            case FREE_BEGIN -> freeing[thread] = true;
            case FREE_END -> freeing[thread] = false;
            case ROLLBACK -> rollingBack[thread] = true;
            case RETRY -> rollingBack[thread] = false;
            default -> {
            }
        }
        return new Footprint(accesses);
    }

    /** The access the event itself reports. */
    private static void addOwn(Event event, List<Access> accesses) {
        int chunk = event.chunk();
        int word = (int) event.p0();
        switch (event.kind()) {
            case AVAIL_READ -> accesses.add(new Access(Location.AVAIL, chunk, 0, Mode.READ));
            case SEARCH -> {
                accesses.add(new Access(Location.ALL_WORDS, chunk, 0, Mode.READ));
                accesses.add(new Access(Location.SUMMARY, chunk, 0, Mode.WRITE)); // a search may tighten a bound
            }
            case WORD_READ -> accesses.add(new Access(Location.WORD, chunk, word, Mode.READ));
            // a failed CAS changed nothing: it only read the word it compared
            case CAS -> accesses.add(new Access(Location.WORD, chunk, word, event.casSucceeded() ? Mode.WRITE : Mode.READ));
            case WORD_STORE -> accesses.add(new Access(Location.WORD, chunk, word, Mode.WRITE));
            // the allocator does not act on the value the add returns (only the probe reports it)
            case AVAIL_CHANGE -> accesses.add(new Access(Location.AVAIL, chunk, 0, Mode.ADD));
            // the pool's read and write locks are one reader-writer lock; every take or release changes it
            case LOCK_ACQUIRED, LOCK_RELEASED -> accesses.add(new Access(Location.LOCK, chunk, 0, Mode.WRITE));
            default -> {
            }
        }
    }
}
