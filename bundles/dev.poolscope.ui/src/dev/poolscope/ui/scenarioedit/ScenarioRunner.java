package dev.poolscope.ui.scenarioedit;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.sched.ScheduleScript;
import dev.poolscope.ui.explore.ExplorePanel;
import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.record.RecordRunJob;
import dev.poolscope.ui.session.Sessions;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * What the scenario editor's Run does with a scenario under one of its variants: a scenario with a
 * schedule of its own is recorded as the Scenarios view records one ({@link RunPlan.OfScenario},
 * {@link RecordRunJob}) into a new trace file, which then opens where the scenario says; a
 * scenario whose schedule is {@code explore} has every interleaving explored in the Explore panel.
 */
public final class ScenarioRunner {

    private final Sessions sessions;
    private final Function<String, Path> newTraceFile;
    private final Supplier<Optional<ExplorePanel>> explorer;
    private final Display display;

    /**
     * @param sessions     where a recorded trace opens
     * @param newTraceFile a new trace file for the recording, given a prefix for its name
     * @param explorer     the Explore panel, brought to the user's eyes; empty when it cannot be shown
     */
    public ScenarioRunner(Sessions sessions, Function<String, Path> newTraceFile,
            Supplier<Optional<ExplorePanel>> explorer, Display display) {
        this.sessions = sessions;
        this.newTraceFile = newTraceFile;
        this.explorer = explorer;
        this.display = display;
    }

    /** Records or explores {@code scenario} under {@code variant}, one of its variants. */
    public void run(Scenario scenario, Variant variant) {
        if (scenario.schedule() instanceof ScheduleScript.Explore) {
            explorer.get().ifPresent(panel -> panel.explore(scenario, variant));
        } else {
            Path file = newTraceFile.apply("scenario-" + scenario.name() + "-" + variant.id());
            new RecordRunJob(new RunPlan.OfScenario(scenario, variant), file, PoolscopePreferences.checkpointInterval(),
                    sessions, display).schedule();
        }
    }
}
