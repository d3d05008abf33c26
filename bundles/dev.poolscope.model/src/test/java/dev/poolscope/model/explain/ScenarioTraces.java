package dev.poolscope.model.explain;

import dev.poolscope.core.Variant;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.MemoryRecorder;
import dev.poolscope.trace.MemoryTrace;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.sched.StepClock;

/** Replay models of the shipped scenarios, recorded under the controlled scheduler. */
final class ScenarioTraces {

    private ScenarioTraces() {
    }

    static ReplayModel open(String name) throws Exception {
        Scenario scenario = Scenarios.byName(name);
        return open(scenario, scenario.pool().variant());
    }

    static ReplayModel open(String name, Variant variant) throws Exception {
        return open(Scenarios.byName(name), variant);
    }

    private static ReplayModel open(Scenario scenario, Variant variant) throws Exception {
        StepClock clock = new StepClock();
        MemoryRecorder recorder = new MemoryRecorder(clock);
        scenario.run(variant, recorder, clock);
        MemoryTrace trace = recorder.trace(scenario.header(variant));
        return ReplayModel.open(trace);
    }
}
