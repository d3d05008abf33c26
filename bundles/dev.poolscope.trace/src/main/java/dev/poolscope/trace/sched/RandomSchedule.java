package dev.poolscope.trace.sched;

import java.util.SplittableRandom;

/** A thread chosen uniformly among the runnable ones at every step, from a seed. */
final class RandomSchedule implements Schedule {

    /** Keeps the schedule's random stream apart from the workload threads', which come from the same seed. */
    private static final long SCHEDULE_SALT = 0x5C4ED01E5C4ED01EL;

    private final SplittableRandom random;

    RandomSchedule(long seed) {
        this.random = new SplittableRandom(seed ^ SCHEDULE_SALT);
    }

    @Override
    public int choose(int step, ThreadStates threads) {
        int runnable = 0;
        for (int t = 0; t < threads.count(); t++) {
            runnable += threads.canRun(t) ? 1 : 0;
        }
        int pick = random.nextInt(runnable);
        int chosen = -1;
        for (int t = 0; t < threads.count() && chosen < 0; t++) {
            if (threads.canRun(t) && pick-- == 0) {
                chosen = t;
            }
        }
        return chosen;
    }
}
