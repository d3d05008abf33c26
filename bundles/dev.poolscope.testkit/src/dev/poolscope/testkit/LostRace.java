package dev.poolscope.testkit;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.scenario.EventMatch;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.sched.ScheduleScript;
import dev.poolscope.trace.sched.ScriptedSchedule;
import dev.poolscope.trace.sched.Until;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;

/**
 * A two-thread scenario with exactly one failed allocation, a lost race: in one chunk of 128 units T0
 * fills all but the last 4, then asks for 4; its search finds units 124..127 and reads word 1, and
 * there T1 takes those units, so T0's CAS fails and its search again finds nothing. The units were
 * free when T0's search began. The analysis's TraceFailuresTest and the workbench's FragmentationViewTest use it.
 */
public final class LostRace {

    /** The units T0 asks for and loses. */
    public static final long UNITS = 4;

    private LostRace() {
    }

    /** The scenario under {@code algorithm}; start with {@link Recorded#toFile(Scenario, java.nio.file.Path)}. */
    public static Scenario scenario(Algorithm algorithm) {
        ScheduleScript schedule = ScriptedSchedule.builder().runUntil(0, Until.endsOperation())
                .runUntil(0, Until.readsWord(1)).runToEnd(1).script();
        return new Scenario("lost-race", "lost race", "T1 takes the units T0's search found",
                new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 4096)), algorithm, Variant.MAINLINE), List.of(),
                List.of(List.of(alloc(4096 - 128), alloc(128)), List.of(alloc(128))), schedule,
                new EventMatch.CasFailure());
    }
}
