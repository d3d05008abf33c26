package dev.poolscope.ui;

import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.sched.StepClock;

import java.nio.file.Path;

/** Trace files of the shipped scenarios, recorded under the controlled scheduler as the product records them. */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** Records scenario {@code name} under its own variant into {@code file}. */
    public static Path record(String name, Path file) throws Exception {
        Scenario scenario = Scenarios.byName(name);
        StepClock clock = new StepClock();
        try (Recorder recorder = Recorder.create(file, scenario.header(scenario.pool().variant()), clock)) {
            scenario.run(recorder, clock);
        }
        return file;
    }
}
