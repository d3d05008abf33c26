package dev.poolscope.core.concurrent;

import dev.poolscope.core.Chunk;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@link ContentionProbe} that now and then gives the processor away inside the allocator's race
 * windows: after a search (the candidate may go stale), after a word read (the CAS may fail) and
 * after a successful CAS (a multi-word set is half done, and may have to roll back). Without it, two
 * cores shared with a build leave those windows a few nanoseconds wide and a run may see no race
 * at all. Only timing changes: the allocator never acts on what its probe does.
 */
final class RaceWideningProbe extends ContentionProbe {

    /** One yield in this many window crossings: enough to race often, few enough to keep runs fast. */
    private static final int ONE_IN = 8;

    @Override
    public void search(Chunk chunk, long fromBit, long nbits, long foundBit) {
        maybeYield();
    }

    @Override
    public void wordRead(Chunk chunk, int word, long value) {
        maybeYield();
    }

    @Override
    public void casAttempt(Chunk chunk, int word, long expected, long desired, long witnessed, boolean success) {
        super.casAttempt(chunk, word, expected, desired, witnessed, success);
        if (success) {
            maybeYield();
        }
    }

    /** The choice is timing only, so it need not come from the run's seeds. */
    private static void maybeYield() {
        if (ThreadLocalRandom.current().nextInt(ONE_IN) == 0) {
            Thread.yield();
        }
    }
}
