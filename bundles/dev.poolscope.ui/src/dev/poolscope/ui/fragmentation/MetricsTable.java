package dev.poolscope.ui.fragmentation;

import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.analysis.fragmentation.MetricRows;
import dev.poolscope.analysis.fragmentation.MetricRows.Row;
import dev.poolscope.model.fragmentation.MetricText;

import java.util.List;
import java.util.OptionalLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The metrics of a set of free extents, one row each (symbol, value, name: the numbers stay in view
 * when the view is narrow), the headless {@link MetricRows} in the one text of
 * {@link MetricText}; pointing at a row shows its formula ({@link FragmentationMetric#formula()}).
 */
public final class MetricsTable {

    private final Table table;
    private List<Row> rows = List.of();

    public MetricsTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String title : List.of("Symbol", "Value", "Metric")) {
            new TableColumn(table, SWT.LEFT).setText(title);
        }
        table.addListener(SWT.MouseMove, e -> {
            TableItem item = table.getItem(new Point(e.x, e.y));
            String tip = item == null ? null : ((Row) item.getData()).metric().formula();
            if (tip == null ? table.getToolTipText() != null : !tip.equals(table.getToolTipText())) {
                table.setToolTipText(tip);
            }
        });
    }

    public Table control() {
        return table;
    }

    /** The rows shown, top to bottom. */
    public List<Row> rows() {
        return rows;
    }

    /** Shows the metrics of {@code stats} for requests of {@code n} units, and the internal fragmentation if known. */
    public void show(ExtentStats stats, long n, OptionalLong internalBytes) {
        rows = MetricRows.of(stats, n, internalBytes);
        boolean first = table.getItemCount() == 0;
        table.setItemCount(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            TableItem item = table.getItem(i);
            item.setData(row);
            item.setText(new String[] {row.symbol(), row.value(), row.metric().title()});
        }
        if (first) {
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        }
    }
}
