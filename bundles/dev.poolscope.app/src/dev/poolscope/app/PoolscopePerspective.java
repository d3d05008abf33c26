package dev.poolscope.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.poolscope.ui.views.ChartsView;
import dev.poolscope.ui.views.ExploreView;
import dev.poolscope.ui.views.CompareView;
import dev.poolscope.ui.views.FragmentationView;
import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.InspectorView;
import dev.poolscope.ui.views.PoolsView;
import dev.poolscope.ui.views.ScenariosView;
import dev.poolscope.ui.views.TimelineView;

/**
 * The Poolscope perspective, no editor area: the Heat Grid in the centre, Pools (and Scenarios) at
 * its left; below, the Timeline, the Charts, Fragmentation and Compare in tabs, and the Step Inspector at their right.
 */
public class PoolscopePerspective implements IPerspectiveFactory {

    public static final String ID = "dev.poolscope.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(HeatGridView.ID, IPageLayout.LEFT, 0.95f, editors);
        IFolderLayout bottom = layout.createFolder("dev.poolscope.app.bottom", IPageLayout.BOTTOM, 0.52f,
                HeatGridView.ID);
        bottom.addView(TimelineView.ID);
        bottom.addView(ChartsView.ID);
        bottom.addView(FragmentationView.ID);
        bottom.addView(CompareView.ID);
        bottom.addView(ExploreView.ID);
        // the inspector's word row and listing want width more than height
        layout.addView(InspectorView.ID, IPageLayout.RIGHT, 0.48f, "dev.poolscope.app.bottom");
        IFolderLayout left = layout.createFolder("dev.poolscope.app.left", IPageLayout.LEFT, 0.2f, HeatGridView.ID);
        left.addView(PoolsView.ID);
        left.addView(ScenariosView.ID);
        for (String view : new String[] {HeatGridView.ID, PoolsView.ID, ScenariosView.ID, TimelineView.ID,
                ChartsView.ID, FragmentationView.ID, CompareView.ID, ExploreView.ID, InspectorView.ID}) {
            layout.addShowViewShortcut(view);
        }
    }
}
