package dev.poolscope.ui.pools;

import dev.poolscope.model.pools.PoolFigures;
import dev.poolscope.model.pools.PoolRows;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * A pool and its chunks in list order, in the columns of {@link PoolRows}. The rows are read from
 * a source of {@link PoolFigures} on every {@link #refresh}: the live pool now, or a trace's pool at
 * the current event. The tree's elements stay the same objects across refreshes (the pool row and
 * one row per chunk position), so selection and expansion survive them.
 */
public final class PoolsTree {

    private final TreeViewer viewer;
    private final Supplier<PoolFigures> source;
    private PoolFigures shown;

    /** The pool's row, the tree's one top-level element. */
    private record PoolRow() {
    }

    /** The row of the chunk at {@code position} in list order. */
    private record ChunkRow(int position) {
    }

    public PoolsTree(Composite parent, Supplier<PoolFigures> source) {
        this.source = source;
        this.shown = source.get();
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE);
        Tree tree = viewer.getTree();
        tree.setHeaderVisible(true);
        for (String title : PoolRows.COLUMNS) {
            new TreeColumn(tree, SWT.LEFT).setText(title);
        }
        viewer.setContentProvider(new PoolContent());
        viewer.setLabelProvider(new RowLabels());
        // the input is a list around the pool row: JFace must never see an element equal to its input
        viewer.setInput(List.of(new PoolRow()));
        viewer.expandAll();
        for (TreeColumn column : tree.getColumns()) {
            column.pack();
        }
    }

    public Tree control() {
        return viewer.getTree();
    }

    /** Tells {@code listener} of each selection: the chunk row's position, or empty for the pool row (or none). */
    public void onChunkSelected(Consumer<OptionalInt> listener) {
        viewer.addSelectionChangedListener(event -> {
            Object row = event.getStructuredSelection().getFirstElement();
            listener.accept(row instanceof ChunkRow chunk ? OptionalInt.of(chunk.position()) : OptionalInt.empty());
        });
    }

    /** Reads the pool's figures again into the rows. */
    public void refresh() {
        int chunksBefore = shown.chunks().size();
        shown = source.get();
        viewer.refresh(true);
        if (shown.chunks().size() != chunksBefore) {
            viewer.expandAll();
        }
    }

    /** The pool row at the top, a row per chunk below it. */
    private final class PoolContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object element) {
            return element instanceof PoolRow
                    ? IntStream.range(0, shown.chunks().size()).mapToObj(ChunkRow::new).toArray()
                    : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof PoolRow;
        }
    }

    /** The columns of the pool row or a chunk row. */
    private final class RowLabels extends LabelProvider implements ITableLabelProvider {

        @Override
        public Image getColumnImage(Object element, int column) {
            return null;
        }

        @Override
        public String getColumnText(Object element, int column) {
            List<String> row = element instanceof ChunkRow chunk ? PoolRows.of(shown.chunks().get(chunk.position()))
                    : PoolRows.of(shown);
            return row.get(column);
        }
    }
}
