package dev.poolscope.ui.pools;

import dev.poolscope.model.holders.Holder;
import dev.poolscope.model.holders.HolderRows;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Who holds the pool at the current event, a row per holder in the columns of {@link HolderRows}
 * (most bytes first), read again from a source of {@link Holder} rows on every {@link #refresh}.
 */
public final class HoldersTable {

    private final Table table;
    private final Supplier<List<Holder>> source;

    public HoldersTable(Composite parent, Supplier<List<Holder>> source) {
        this.source = source;
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        for (int i = 0; i < HolderRows.COLUMNS.size(); i++) {
            new TableColumn(table, i == 0 ? SWT.LEFT : SWT.RIGHT).setText(HolderRows.COLUMNS.get(i));
        }
        refresh();
    }

    public Table control() {
        return table;
    }

    /** Reads the holders again into the rows. */
    public void refresh() {
        List<Holder> holders = source.get();
        table.setItemCount(holders.size());
        for (int row = 0; row < holders.size(); row++) {
            TableItem item = table.getItem(row);
            item.setText(HolderRows.of(holders.get(row)).toArray(String[]::new));
        }
        widen();
    }

    /** Widens each column to its widest text so far; never narrows one, so columns do not jump while stepping. */
    private void widen() {
        for (TableColumn column : table.getColumns()) {
            int width = column.getWidth();
            column.pack();
            column.setWidth(Math.max(width, column.getWidth()));
        }
    }

    /** The rows' texts as shown, in row order. */
    public List<List<String>> rows() {
        return Arrays.stream(table.getItems())
                .map(item -> IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList()).toList();
    }
}
