package dev.poolscope.app;

import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.sched.StepClock;

import java.nio.file.Path;

/** Trace files of the shipped scenarios, recorded under the controlled scheduler as `poolscope record --scenario` does. */
final class RecordedTraces {

    private RecordedTraces() {
    }

    static Path record(String scenarioName, Path file) throws Exception {
        Scenario scenario = Scenarios.byName(scenarioName);
        StepClock clock = new StepClock();
        try (Recorder recorder = Recorder.create(file, scenario.header(scenario.pool().variant()), clock)) {
            scenario.run(recorder, clock);
        }
        return file;
    }
}
