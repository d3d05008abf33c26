package dev.poolscope.ui.views;

import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.run.TraceFiles;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.record.RecordRunJob;
import dev.poolscope.ui.scenarios.ScenarioPicker;
import dev.poolscope.ui.session.Sessions;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The Scenarios view: the named scenarios with their explanations. Run records the selected one
 * under the controlled scheduler into the user's trace directory and opens the trace at the
 * scenario's first interesting event.
 */
public final class ScenariosView extends ViewPart {

    public static final String ID = "dev.poolscope.ui.views.scenarios";

    private ScenarioPicker picker;

    @Override
    public void createPartControl(Composite parent) {
        picker = new ScenarioPicker(parent, Scenarios.all(), this::record);
    }

    private void record(RunPlan.OfScenario plan) {
        String prefix = "scenario-" + plan.scenario().name() + "-" + plan.variant().id();
        new RecordRunJob(plan, TraceFiles.newFile(prefix), PoolscopePreferences.checkpointInterval(),
                Sessions.workbench(), picker.control().getDisplay()).schedule();
    }

    @Override
    public void setFocus() {
        picker.control().setFocus();
    }
}
