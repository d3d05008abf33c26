package dev.poolscope.trace.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.sched.ThreadStates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A branch's schedule: the parent's prefix, the chosen thread, then the parent's later steps as far as they apply. */
class BranchScheduleTest {

    @Test
    void theChosenThreadsStepMovesForwardAndTheOthersKeepTheirOrder() {
        BranchSchedule schedule = new BranchSchedule(List.of(0, 0, 1, 1, 0, 2), 1, 1, 5);
        assertEquals(List.of(0, 1, 0, 1, 0, 2), take(schedule, 6, Set.of(0, 1, 2)));
    }

    @Test
    void aThreadThatCannotRunIsPassedOverAndTheRestComesFromTheSeed() {
        BranchSchedule schedule = new BranchSchedule(List.of(0, 1, 0, 1), 1, 1, 5);
        List<Integer> taken = new ArrayList<>();
        taken.add(schedule.choose(0, states(Set.of(0, 1))));
        taken.add(schedule.choose(1, states(Set.of(0, 1))));
        taken.add(schedule.choose(2, states(Set.of(1)))); // T0 finished early: its later step is passed over
        taken.add(schedule.choose(3, states(Set.of(1)))); // only T0's step is left, which cannot run: the seed's
        assertEquals(List.of(0, 1, 1, 1), taken);
    }

    private static List<Integer> take(BranchSchedule schedule, int steps, Set<Integer> runnable) {
        List<Integer> taken = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            taken.add(schedule.choose(step, states(runnable)));
        }
        return taken;
    }

    private static ThreadStates states(Set<Integer> runnable) {
        return new ThreadStates() {
            @Override
            public int count() {
                return 3;
            }

            @Override
            public boolean canRun(int thread) {
                return runnable.contains(thread);
            }

            @Override
            public boolean finished(int thread) {
                return !runnable.contains(thread);
            }

            @Override
            public Event pausedAt(int thread) {
                return null;
            }
        };
    }
}
