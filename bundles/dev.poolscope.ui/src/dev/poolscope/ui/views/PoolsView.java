package dev.poolscope.ui.views;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;
import dev.poolscope.ui.live.DemoWorkload;
import dev.poolscope.ui.live.SharedDemo;
import dev.poolscope.ui.pools.PoolRows;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.part.ViewPart;

/**
 * The Pools view: the live demo pool and its chunks (in list order, the order every search visits
 * them) with address range, size, avail and how much is allocated, refreshed four times a second.
 */
public final class PoolsView extends ViewPart {

    public static final String ID = "dev.poolscope.ui.views.pools";

    static final int REFRESH_MILLIS = 250;
    private static final String DEMO_NAME = "demo pool";

    private DemoWorkload demo;
    private TreeViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        demo = SharedDemo.acquire();
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        for (String title : PoolRows.COLUMNS) {
            TreeColumn column = new TreeColumn(tree, SWT.LEFT);
            column.setText(title);
        }
        viewer.setContentProvider(new PoolContent());
        viewer.setLabelProvider(new RowLabels());
        viewer.setInput(demo.pool());
        viewer.expandAll();
        for (TreeColumn column : tree.getColumns()) {
            column.pack();
        }
        scheduleRefresh();
    }

    private void scheduleRefresh() {
        viewer.getTree().getDisplay().timerExec(REFRESH_MILLIS, () -> {
            if (!viewer.getTree().isDisposed()) {
                viewer.refresh(true);
                scheduleRefresh();
            }
        });
    }

    @Override
    public void setFocus() {
        viewer.getTree().setFocus();
    }

    @Override
    public void dispose() {
        try {
            SharedDemo.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.dispose();
    }

    /** The input is a pool: it is the one root, its chunks are its children. */
    private static final class PoolContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return new Object[] {input};
        }

        @Override
        public Object[] getChildren(Object element) {
            return element instanceof GenPool pool ? pool.chunks().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof GenPool;
        }
    }

    /** The columns of a pool row or a chunk row. */
    private static final class RowLabels extends LabelProvider implements ITableLabelProvider {

        @Override
        public Image getColumnImage(Object element, int column) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            return (element instanceof Chunk chunk ? PoolRows.of(chunk) : PoolRows.of(DEMO_NAME, (GenPool) element))
                    .get(column);
        }
    }
}
