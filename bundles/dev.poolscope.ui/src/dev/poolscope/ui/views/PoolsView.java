package dev.poolscope.ui.views;

import dev.poolscope.ui.live.DemoWorkload;
import dev.poolscope.ui.live.SharedDemo;
import dev.poolscope.ui.live.Ticker;
import dev.poolscope.ui.pools.PoolsTree;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * The Pools view: the live demo pool and its chunks (in list order, the order every search visits
 * them) with address range, size, avail and how much is allocated, refreshed four times a second.
 */
public final class PoolsView extends ViewPart {

    public static final String ID = "dev.poolscope.ui.views.pools";

    static final int REFRESH_MILLIS = 250;

    private PoolsTree tree;

    @Override
    public void createPartControl(Composite parent) {
        DemoWorkload demo = SharedDemo.acquire();
        tree = new PoolsTree(parent, "demo pool", demo.pool());
        Ticker.every(tree.control(), REFRESH_MILLIS, tree::refresh);
    }

    @Override
    public void setFocus() {
        tree.control().setFocus();
    }

    @Override
    public void dispose() {
        SharedDemo.release();
        super.dispose();
    }
}
