package dev.poolscope.ui.compare;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.ComparisonRow;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.FragmentationMetric;
import dev.poolscope.model.fragmentation.MetricText;
import dev.poolscope.ui.TableSwatches;
import dev.poolscope.ui.charts.CompareCharts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The comparison as a table, one row per contender at the end of its replay: what it did (allocs,
 * failed, why, frees skipped) and the pool it left (F, R, L, E, internal bytes, avail, U(n) for the
 * request size picked). Each header's tooltip gives the metric's formula; a swatch in the first
 * column is the contender's line in the chart.
 */
public final class CompareTable {

    /** The columns, left to right. */
    public static final List<String> COLUMNS = List.of("algorithm", "allocs", "failed", "failed by reason",
            "frees skipped", "F", "R", "L", "E", "internal bytes", "avail", "U(n)");

    private final Table table;
    private final TableSwatches swatches;

    public CompareTable(Composite parent) {
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String name : COLUMNS) {
            TableColumn column = new TableColumn(table, name.equals("algorithm") || name.startsWith("failed by")
                    ? SWT.LEFT : SWT.RIGHT);
            column.setText(name);
            column.setToolTipText(tooltip(name));
        }
        swatches = new TableSwatches(table);
        packColumns();
    }

    public Table control() {
        return table;
    }

    /** Shows the last row of every contender of {@code comparison}, with U(n) for requests of {@code n} units. */
    public void show(Comparison comparison, long n) {
        swatches.clear();
        table.removeAll();
        table.getColumn(COLUMNS.size() - 1).setText("U(" + n + ")");
        int index = 0;
        for (ContenderResult result : comparison.results()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells(result.last(), n).toArray(String[]::new));
            swatches.paint(item, CompareCharts.hue(index++));
        }
        packColumns();
    }

    /** One row's cells, in {@link #COLUMNS} order. */
    public static List<String> cells(ComparisonRow row, long n) {
        ExtentStats extents = row.extents();
        List<String> cells = new ArrayList<>();
        cells.add("\u25a0 " + row.contender());
        cells.add(MetricText.count(row.allocs()));
        cells.add(MetricText.count(row.failed()));
        cells.add(reasons(row));
        cells.add(MetricText.count(row.freesSkipped()));
        cells.add(MetricText.count(extents.free()));
        cells.add(MetricText.count(extents.extents()));
        cells.add(MetricText.count(extents.largest()));
        cells.add(MetricText.ratio(extents.external()));
        cells.add(MetricText.bytes(row.internalBytes()));
        cells.add(MetricText.bytes(row.availBytes()));
        cells.add(MetricText.ratio(extents.unusable(n)));
        return cells;
    }

    /** "fragmentation 3, no space 1": the reasons that failed any alloc, or "none". */
    private static String reasons(ComparisonRow row) {
        List<String> parts = new ArrayList<>();
        for (FailureReason reason : FailureReason.values()) {
            if (row.failed(reason) > 0) {
                parts.add(reason.label() + " " + MetricText.count(row.failed(reason)));
            }
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String tooltip(String column) {
        return switch (column) {
            case "algorithm" -> "The algorithm and variant the operations were replayed through";
            case "allocs" -> "Alloc operations replayed, failed ones included";
            case "failed" -> "Allocs that got no memory";
            case "failed by reason" -> "Why each failed: no space, fragmentation or alignment";
            case "frees skipped" -> "Frees of failed allocs: nothing to free";
            case "F" -> FragmentationMetric.FREE.formula();
            case "R" -> FragmentationMetric.EXTENTS.formula();
            case "L" -> FragmentationMetric.LARGEST.formula();
            case "E" -> FragmentationMetric.EXTERNAL.formula();
            case "internal bytes" -> FragmentationMetric.INTERNAL_BYTES.formula();
            case "avail" -> "The pool's avail at the end, in bytes";
            default -> FragmentationMetric.UNUSABLE.formula();
        };
    }

    private void packColumns() {
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
    }

}
