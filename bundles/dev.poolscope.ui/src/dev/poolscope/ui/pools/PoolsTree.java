package dev.poolscope.ui.pools;

import dev.poolscope.core.Chunk;
import dev.poolscope.core.GenPool;

import java.util.List;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/** A tree of named pools, each with its chunks in list order, in the columns of {@link PoolRows}. */
public final class PoolsTree {

    private final TreeViewer viewer;

    /** A named pool, the tree's top-level element. */
    private record NamedPool(String name, GenPool pool) {
    }

    public PoolsTree(Composite parent, String name, GenPool pool) {
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        for (String title : PoolRows.COLUMNS) {
            new TreeColumn(tree, SWT.LEFT).setText(title);
        }
        viewer.setContentProvider(new PoolContent());
        viewer.setLabelProvider(new RowLabels());
        // the input is a list around the pool: JFace must never see an element equal to its input
        viewer.setInput(List.of(new NamedPool(name, pool)));
        viewer.expandAll();
        for (TreeColumn column : tree.getColumns()) {
            column.pack();
        }
    }

    public Tree control() {
        return viewer.getTree();
    }

    /** Reads the pools' counters again into the rows. */
    public void refresh() {
        viewer.refresh(true);
    }

    /** The input's named pools at the top, their chunks below them. */
    private static final class PoolContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object element) {
            return element instanceof NamedPool named ? named.pool().chunks().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof NamedPool;
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
            List<String> row = element instanceof Chunk chunk ? PoolRows.of(chunk)
                    : PoolRows.of(((NamedPool) element).name(), ((NamedPool) element).pool());
            return row.get(column);
        }
    }
}
