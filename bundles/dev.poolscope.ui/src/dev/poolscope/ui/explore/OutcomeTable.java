package dev.poolscope.ui.explore;

import dev.poolscope.trace.explore.ExploreResult;
import dev.poolscope.trace.explore.OutcomeRow;
import dev.poolscope.trace.sched.StepListText;
import dev.poolscope.ui.TableSwatches;
import dev.poolscope.ui.charts.ExploreCharts;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The outcome table: one row per distinct outcome, violations first, with its number (the chart's
 * bar), its executions, whether a sequential order gives it, the violation and the outcome itself;
 * a swatch in the first column is its bar's colour. A double-click hands the row to {@code open}.
 */
public final class OutcomeTable {

    /** The columns, left to right. */
    public static final List<String> COLUMNS = List.of("#", "executions", "sequential", "violation", "outcome", "schedule");

    private final Table table;
    private final TableSwatches swatches;
    private List<OutcomeRow> rows = List.of();

    public OutcomeTable(Composite parent, Consumer<OutcomeRow> open) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : COLUMNS) {
            TableColumn column = new TableColumn(table, name.equals("executions") ? SWT.RIGHT : SWT.LEFT);
            column.setText(name);
        }
        table.setToolTipText("Double-click an outcome to record its schedule and open it at its first interesting event");
        table.addListener(SWT.DefaultSelection, e -> selected().ifPresent(open));
        swatches = new TableSwatches(table);
        packColumns();
    }

    public Table control() {
        return table;
    }

    public void show(ExploreResult result) {
        swatches.clear();
        table.removeAll();
        rows = result.rows();
        for (int i = 0; i < rows.size(); i++) {
            OutcomeRow row = rows.get(i);
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells(i + 1, row).toArray(String[]::new));
            swatches.paint(item, ExploreCharts.colour(row));
        }
        packColumns();
    }

    /** Selects the outcome numbered {@code number} (from 1), as the chart's bar of that number names it. */
    public void select(int number) {
        if (number >= 1 && number <= rows.size()) {
            table.setSelection(number - 1);
            table.showSelection();
        }
    }

    /** One row's cells, in {@link #COLUMNS} order. */
    public static List<String> cells(int number, OutcomeRow row) {
        return List.of("\u25a0 " + number, String.valueOf(row.executions()), row.sequential() ? "yes" : "no",
                row.violation(), row.outcome().text(), StepListText.format(row.schedule()));
    }

    private Optional<OutcomeRow> selected() {
        int index = table.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of(rows.get(index));
    }

    private void packColumns() {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

}
