package dev.poolscope.model.explain;

import dev.poolscope.core.Variant;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.scenario.Scenarios;

/** Replay models of the shipped scenarios, recorded under the controlled scheduler. */
final class ScenarioTraces {

    private ScenarioTraces() {
    }

    static ReplayModel open(String name) throws Exception {
        return ReplayModel.open(Recorded.scenario(Scenarios.byName(name)).trace());
    }

    static ReplayModel open(String name, Variant variant) throws Exception {
        return ReplayModel.open(Recorded.scenario(Scenarios.byName(name), variant).trace());
    }
}
