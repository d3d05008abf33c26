package dev.poolscope.trace.sched;

/** The threads in turn, one step each, skipping those that cannot run. */
final class RoundRobinSchedule implements Schedule {

    private int last = -1;

    @Override
    public int choose(int step, ThreadStates threads) {
        int chosen = -1;
        for (int offset = 1; offset <= threads.count() && chosen < 0; offset++) {
            int candidate = (last + offset) % threads.count();
            if (threads.canRun(candidate)) {
                chosen = candidate;
            }
        }
        last = chosen;
        return chosen;
    }
}
