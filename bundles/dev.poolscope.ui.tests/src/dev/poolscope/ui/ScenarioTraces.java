package dev.poolscope.ui;

import dev.poolscope.trace.MemoryRecorder;
import dev.poolscope.trace.MemoryTrace;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.sched.StepClock;

/** Traces of the shipped scenarios, recorded in memory under the controlled scheduler. */
public final class ScenarioTraces {

    private ScenarioTraces() {
    }

    public static MemoryTrace record(String name) throws Exception {
        Scenario scenario = Scenarios.byName(name);
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        scenario.run(recorder, clock);
        return recorder.trace(scenario.header(scenario.pool().variant()));
    }
}
