package dev.poolscope.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.poolscope.ui.views.ChartsView;
import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.InspectorView;
import dev.poolscope.ui.views.PoolsView;
import dev.poolscope.ui.views.ScenariosView;
import dev.poolscope.ui.views.TimelineView;

/**
 * The Poolscope perspective, no editor area: the Heat Grid in the centre, Pools (and Scenarios) at
 * the left, the Step Inspector at the right, the Timeline and the Charts in tabs at the bottom.
 */
public class PoolscopePerspective implements IPerspectiveFactory {

    public static final String ID = "dev.poolscope.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editors = layout.getEditorArea();
        layout.addView(HeatGridView.ID, IPageLayout.LEFT, 0.95f, editors);
        IFolderLayout bottom = layout.createFolder("dev.poolscope.app.bottom", IPageLayout.BOTTOM, 0.62f,
                HeatGridView.ID);
        bottom.addView(TimelineView.ID);
        bottom.addView(ChartsView.ID);
        IFolderLayout left = layout.createFolder("dev.poolscope.app.left", IPageLayout.LEFT, 0.24f, HeatGridView.ID);
        left.addView(PoolsView.ID);
        left.addView(ScenariosView.ID);
        layout.addView(InspectorView.ID, IPageLayout.RIGHT, 0.6f, HeatGridView.ID);
        for (String view : new String[] {HeatGridView.ID, PoolsView.ID, ScenariosView.ID, TimelineView.ID,
                ChartsView.ID, InspectorView.ID}) {
            layout.addShowViewShortcut(view);
        }
    }
}
