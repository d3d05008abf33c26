package dev.poolscope.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import dev.poolscope.ui.views.HeatGridView;
import dev.poolscope.ui.views.PoolsView;

/** The Poolscope perspective: no editor area, Pools at the left, the Heat Grid in the centre. */
public class PoolscopePerspective implements IPerspectiveFactory {

    public static final String ID = "dev.poolscope.app.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addView(HeatGridView.ID, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
        layout.addView(PoolsView.ID, IPageLayout.LEFT, 0.28f, HeatGridView.ID);
    }
}
