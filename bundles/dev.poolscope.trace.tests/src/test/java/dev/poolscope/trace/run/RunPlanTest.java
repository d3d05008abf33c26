package dev.poolscope.trace.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.sched.StepClock;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.trace.workload.Workload;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What a run plan runs: its header, its clock, what it refuses, and that a scenario runs whole. */
class RunPlanTest {

    @Test
    void aWorkloadPlanIsSteppedOnlyUnderTheControlledScheduler() {
        Workload workload = Workload.parse("threads=3 ops=10 seed=4");
        RunPlan real = new RunPlan.OfWorkload(workload, RunPlan.Scheduler.REAL_THREADS);
        RunPlan controlled = new RunPlan.OfWorkload(workload, RunPlan.Scheduler.CONTROLLED);

        assertFalse(real.stepped());
        assertTrue(controlled.stepped());
        assertEquals(workload.header(), real.header());
        assertEquals("workload (real threads)", real.describe());
    }

    @Test
    void theControlledSchedulerRefusesATimedWorkload() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RunPlan.OfWorkload(Workload.parse("duration=5s"), RunPlan.Scheduler.CONTROLLED));
        assertTrue(refused.getMessage().contains("not a duration"), refused.getMessage());
    }

    @Test
    void aScenarioRunsOnlyUnderItsVariants() {
        Scenario scenario = Scenarios.byName("same-word-race");
        Variant other = Arrays.stream(Variant.values()).filter(v -> !scenario.variants().contains(v)).findFirst()
                .orElseThrow();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new RunPlan.OfScenario(scenario, other));
        assertTrue(refused.getMessage().contains(scenario.name()) && refused.getMessage().contains(other.toString()),
                refused.getMessage());
    }

    @Test
    void aScenarioRunsWholeAndTheSameWhateverTheStopRequest() throws Exception {
        Scenario scenario = Scenarios.byName("cross-word-rollback");
        RunPlan plan = new RunPlan.OfScenario(scenario, scenario.pool().variant());
        StopRequest stopped = new StopRequest();
        stopped.request();

        assertEquals(recorded(plan, new StopRequest()), recorded(plan, stopped));
        assertEquals(Recorded.scenario(scenario).events(), recorded(plan, stopped));
    }

    @Test
    void newTraceFilesGoToTheUsersTraceDirectoryNamedByPrefixAndTime() {
        Path file = TraceFiles.newFile("run");
        assertEquals(Path.of(System.getProperty("user.home"), ".poolscope", "traces"), file.getParent());
        assertTrue(file.getFileName().toString().matches("run-\\d{8}-\\d{6}\\" + TraceFiles.EXTENSION), file.toString());
    }

    private static List<Event> recorded(RunPlan plan, StopRequest stop) throws Exception {
        StepClock steps = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(steps);
        plan.run(recorder, steps, stop);
        return recorder.trace(plan.header()).events();
    }
}
