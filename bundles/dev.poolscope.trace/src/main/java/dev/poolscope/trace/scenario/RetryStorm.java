package dev.poolscope.trace.scenario;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.ScriptedSchedule;
import dev.poolscope.trace.sched.Until;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.ScriptedProgram;

import java.util.Collections;
import java.util.List;

/** One allocation loses the same race over and over: lockless is not wait-free. */
final class RetryStorm {

    /** Allocations T1 makes, each one stealing the bits T0 has just found. */
    static final int STEALS = 6;

    private RetryStorm() {
    }

    static Scenario create() {
        return new Scenario("retry-storm", "One allocation retries again and again (the livelock warning)",
                "T0 asks for 128 bytes (4 bits) once; T1 asks for 128 bytes " + STEALS + " times. Every time T0"
                        + " has found free bits and read their word, T1 runs a whole allocation: first-fit gives"
                        + " it the very same bits, and its swap lands first. T0's swap fails, its bits are taken"
                        + " (PARTIAL_SET with all 4 bits remaining, an empty ROLLBACK), and it searches again"
                        + " (RETRY) only to find the next 4 bits, which T1 takes next. After " + STEALS
                        + " retries T1 is done and T0 finally succeeds at bits " + 4 * STEALS + "-" + (4 * STEALS + 3)
                        + ". The lockless patch warned of this: an allocation never blocks, but under steady"
                        + " contention nothing bounds how often it retries. Watch T0's lane fill with RETRY marks"
                        + " while T1's allocations go through untouched.",
                new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 4096)), Algorithm.firstFit(), Variant.MAINLINE),
                List.of(),
                List.of(List.of(alloc(128)), Collections.<ScriptedProgram.Instruction>nCopies(STEALS, alloc(128))),
                retrySchedule(),
                new EventMatch.OfKind(EventKind.RETRY));
    }

    private static dev.poolscope.trace.sched.ScheduleScript retrySchedule() {
        ScriptedSchedule.Builder schedule = ScriptedSchedule.builder();
        for (int i = 0; i < STEALS; i++) {
            schedule.runUntil(0, Until.readsWord(0)).runUntil(1, Until.endsOperation());
        }
        return schedule.script();
    }
}
