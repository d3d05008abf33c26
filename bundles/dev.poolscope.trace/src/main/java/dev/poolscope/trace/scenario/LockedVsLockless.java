package dev.poolscope.trace.scenario;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.sched.ScheduleScript;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;

/** The pre-patch chunk lock makes one allocation wait for another; the lockless pool lets both go on. */
final class LockedVsLockless {

    private LockedVsLockless() {
    }

    static Scenario create() {
        return new Scenario("locked-vs-lockless",
                "The pre-patch chunk lock makes a thread wait; the lockless pool lets it proceed",
                "Two threads each ask for 3 KiB (96 bits, words 0 and 1) from one 8 KiB chunk, and the schedule"
                        + " gives them steps in turn. Under the pre-patch design both take the pool's read lock"
                        + " (shared) and ask for the chunk's lock; T0 gets it, and T1 sits at its LOCK_REQUEST"
                        + " while T0 searches, reads and stores both words and releases the lock: the round-robin"
                        + " schedule must skip T1 for those steps. Only then does T1 search, and it finds bits"
                        + " 96-191 at once. Under mainline nobody waits: both search at the same time and find bit"
                        + " 0, T0's swap of word 0 lands first, T1's fails on a taken bit, and T1 rolls back"
                        + " (nothing to clear), retries and lands at bit 96 while T0 finishes. Compare the two"
                        + " timelines: a gap in T1's lane under pre-patch, a lost swap and a retry under"
                        + " mainline.",
                new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 8192)), Algorithm.firstFit(), Variant.PRE_PATCH),
                List.of(Variant.MAINLINE),
                List.of(List.of(alloc(3072)), List.of(alloc(3072))),
                new ScheduleScript.RoundRobin(),
                new EventMatch.Contention());
    }
}
