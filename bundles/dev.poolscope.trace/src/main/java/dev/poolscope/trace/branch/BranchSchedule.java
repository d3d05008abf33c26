package dev.poolscope.trace.branch;

import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ThreadStates;

import java.util.ArrayList;
import java.util.List;

/**
 * A branch's schedule: the parent's steps up to the branch point, then the chosen thread; then the
 * parent's later steps in their order, as far as they still apply, the chosen thread's step that
 * moved forward taken out of them; then a random schedule from the seed for whatever the branch
 * needs beyond them. "As far as they apply": each step takes the first of the parent's remaining
 * steps whose thread can run now, so each thread keeps its own steps in the parent's order even
 * where a thread that has finished early, or waits for a lock, drops out.
 */
final class BranchSchedule implements Schedule {

    private final List<Integer> prefix;
    private final int thread;
    private final List<Integer> rest;
    private final Schedule beyond;

    /**
     * @param parent the parent's whole schedule
     * @param next   the branch's first step of its own: the parent's steps before it are kept
     * @param thread the thread that takes step {@code next}
     * @param seed   the seed of the schedule beyond the parent's steps
     */
    BranchSchedule(List<Integer> parent, int next, int thread, long seed) {
        this.prefix = List.copyOf(parent.subList(0, next));
        this.thread = thread;
        this.rest = new ArrayList<>(parent.subList(next, parent.size()));
        this.rest.remove(Integer.valueOf(thread)); // its step moved forward to the branch point
        this.beyond = Schedule.random(seed);
    }

    @Override
    public int choose(int step, ThreadStates threads) {
        if (step < prefix.size()) {
            return prefix.get(step);
        }
        if (step == prefix.size()) {
            return thread;
        }
        for (int i = 0; i < rest.size(); i++) {
            if (threads.canRun(rest.get(i))) {
                return rest.remove(i);
            }
        }
        return beyond.choose(step, threads);
    }
}
