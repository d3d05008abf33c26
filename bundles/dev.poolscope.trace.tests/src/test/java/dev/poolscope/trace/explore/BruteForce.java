package dev.poolscope.trace.explore;

import dev.poolscope.core.Chunk;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.ControlledScheduler;
import dev.poolscope.trace.sched.Schedule;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.sched.ScheduledRun;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.sched.ThreadStates;
import dev.poolscope.trace.workload.OpResult;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every schedule of an input, one by one, written apart from the explorer: depth first, each run
 * from scratch, the lowest thread that can run after the prefix, the next prefix changing the
 * deepest step that had a higher thread able to run. An outcome here is its own text: each
 * thread's returned addresses, then each chunk's words and avail.
 *
 * <p>With {@code sharedStepsOnly} a thread that paused at a point no shared access comes right
 * before (a begin or an end, PARTIAL_SET, ROLLBACK, RESTORE, LOCK_REQUEST) goes on while it can:
 * switching there gives the same execution as switching at the point before, so this reaches every
 * outcome in far fewer schedules (the argument of the core's ExhaustiveInterleavingTest).
 */
final class BruteForce {

    private BruteForce() {
    }

    record Result(Set<String> outcomes, long schedules) {
    }

    private static final Set<EventKind> LOCAL_POINTS = EnumSet.of(EventKind.ALLOC_BEGIN, EventKind.ALLOC_END,
            EventKind.FREE_BEGIN, EventKind.FREE_END, EventKind.PARTIAL_SET, EventKind.ROLLBACK, EventKind.RESTORE,
            EventKind.LOCK_REQUEST);

    static Result outcomes(ExploreInput input, boolean sharedStepsOnly) throws Exception {
        Set<String> outcomes = new HashSet<>();
        long schedules = 0;
        for (List<Integer> prefix = List.of(); prefix != null; schedules++) {
            Lowest schedule = new Lowest(prefix, sharedStepsOnly);
            outcomes.add(key(run(input, schedule)));
            prefix = schedule.nextPrefix();
        }
        return new Result(outcomes, schedules);
    }

    /** The outcome of running {@code input} under exactly {@code schedule}. */
    static String outcomeOf(ExploreInput input, List<Integer> schedule) throws Exception {
        return key(run(input, Schedule.explicit(schedule)));
    }

    private static ScheduledRun run(ExploreInput input, Schedule schedule) throws ScheduleException, InterruptedException {
        return new ControlledScheduler(schedule).run(input.newPool(), input.programs().get(), new EventProbe() {
            @Override
            protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
            }
        }, new StepClock());
    }

    private static String key(ScheduledRun run) {
        StringBuilder key = new StringBuilder();
        for (var thread : run.threads()) {
            key.append(thread.operations().stream().map(OpResult::address).toList()).append(' ');
        }
        for (Chunk chunk : run.pool().chunks()) {
            long[] words = new long[chunk.bitmap().wordCount()];
            chunk.bitmap().copyWords(words);
            key.append(Arrays.toString(words)).append(" avail=").append(chunk.avail()).append(' ');
        }
        return key.toString();
    }

    /** The prefix, then the lowest thread that can run; remembers who could run at each step. */
    private static final class Lowest implements Schedule {

        private final List<Integer> prefix;
        private final boolean sharedStepsOnly;
        private final List<Integer> chosen = new ArrayList<>();
        private final List<List<Integer>> couldRun = new ArrayList<>();

        Lowest(List<Integer> prefix, boolean sharedStepsOnly) {
            this.prefix = prefix;
            this.sharedStepsOnly = sharedStepsOnly;
        }

        @Override
        public int choose(int step, ThreadStates threads) {
            int last = chosen.isEmpty() ? -1 : chosen.get(chosen.size() - 1);
            Event paused = last < 0 ? null : threads.pausedAt(last);
            boolean goesOn = sharedStepsOnly && paused != null && LOCAL_POINTS.contains(paused.kind()) && threads.canRun(last);
            List<Integer> runnable = new ArrayList<>();
            for (int t = 0; t < threads.count(); t++) {
                if (threads.canRun(t) && (!goesOn || t == last)) {
                    runnable.add(t);
                }
            }
            int thread = step < prefix.size() ? prefix.get(step) : runnable.get(0);
            chosen.add(thread);
            couldRun.add(runnable);
            return thread;
        }

        List<Integer> nextPrefix() {
            for (int step = chosen.size() - 1; step >= 0; step--) {
                for (int t : couldRun.get(step)) {
                    if (t > chosen.get(step)) {
                        List<Integer> next = new ArrayList<>(chosen.subList(0, step));
                        next.add(t);
                        return next;
                    }
                }
            }
            return null;
        }
    }
}
