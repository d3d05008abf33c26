package dev.poolscope.ui.views;

import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.run.TraceFiles;
import dev.poolscope.ui.explore.ExplorePanel;
import dev.poolscope.ui.prefs.PoolscopePreferences;
import dev.poolscope.ui.record.RecordRunJob;
import dev.poolscope.ui.session.Sessions;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The Explore view: every schedule of a small scenario or workload, up to steps that commute, as
 * an outcome table and a bar chart ({@link ExplorePanel}). A double-click on an outcome records its
 * schedule into the user's trace directory and opens the trace at its first interesting event.
 */
public final class ExploreView extends ViewPart {

    public static final String ID = "dev.poolscope.ui.views.explore";

    private ExplorePanel panel;

    @Override
    public void createPartControl(Composite parent) {
        panel = new ExplorePanel(parent, this::record);
    }

    private void record(RunPlan.OfSchedule plan) {
        new RecordRunJob(plan, TraceFiles.newFile("explored"), PoolscopePreferences.checkpointInterval(),
                Sessions.workbench(), panel.control().getDisplay()).schedule();
    }

    /** The panel, for tests. */
    public ExplorePanel panel() {
        return panel;
    }

    @Override
    public void setFocus() {
        panel.control().setFocus();
    }
}
