package dev.poolscope.ui.fragmentation;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.model.fragmentation.MetricText;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * Every failed allocation of the open trace with its reason and numbers, one row each in trace
 * order; a click on a row seeks to its ALLOC_END event, and the row of the event shown is selected.
 */
public final class FailureList {

    /** The event and the reason first: a narrow list still says which failure it was and why. */
    private static final String[] COLUMNS = {"Event", "Reason", "Thread", "Asked (units)", "Free F", "Longest L"};
    private static final int[] WIDTHS = {64, 104, 56, 90, 70, 76};
    /** The column of the reason, the one text column (left aligned). */
    private static final int REASON = 1;

    private final Table table;
    private final List<FailedAlloc> failures;

    /** @param seek called with a failure's event when the user picks its row */
    public FailureList(Composite parent, List<FailedAlloc> failures, LongConsumer seek) {
        this.failures = List.copyOf(failures);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.VIRTUAL);
        table.setHeaderVisible(true);
        table.setToolTipText(FragmentationPanel.FAILURES_HINT);
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == REASON ? SWT.LEFT : SWT.RIGHT);
            column.setText(COLUMNS[i]);
            column.pack(); // no rows yet: the header's width, so no header is cut
            column.setWidth(Math.max(WIDTHS[i], column.getWidth()));
        }
        // virtual: a trace with a hundred thousand failures fills only the rows on screen
        table.addListener(SWT.SetData, event -> fill((TableItem) event.item, table.indexOf((TableItem) event.item)));
        table.setItemCount(this.failures.size());
        table.addListener(SWT.Selection, event -> {
            int row = table.getSelectionIndex();
            if (row >= 0) {
                seek.accept(this.failures.get(row).at());
            }
        });
    }

    private void fill(TableItem item, int row) {
        FailedAlloc failure = failures.get(row);
        item.setText(new String[] {MetricText.count(failure.at()), failure.reason().label(), "T" + failure.thread(),
                MetricText.count(failure.units()), MetricText.count(failure.free()), MetricText.count(failure.largest())});
    }

    /** Selects the row of the failure at event {@code seq}, or none when no allocation failed there. */
    public void select(long seq) {
        int row = rowOf(seq);
        if (row < 0) {
            table.deselectAll();
        } else {
            table.setSelection(row);
        }
    }

    /** The row of the failure at event {@code seq}, or -1. */
    public int rowOf(long seq) {
        return indexOf(failures, seq);
    }

    /** The failure of {@code failures} (in trace order) at event {@code seq}, if an allocation failed there. */
    public static Optional<FailedAlloc> at(List<FailedAlloc> failures, long seq) {
        int index = indexOf(failures, seq);
        return index < 0 ? Optional.empty() : Optional.of(failures.get(index));
    }

    private static int indexOf(List<FailedAlloc> failures, long seq) {
        int low = 0;
        int high = failures.size() - 1;
        while (low <= high) { // failures are in trace order: a binary search by event
            int middle = (low + high) >>> 1;
            long at = failures.get(middle).at();
            if (at == seq) {
                return middle;
            }
            if (at < seq) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return -1;
    }

    public Table control() {
        return table;
    }

    /** The failures listed, in row order. */
    public List<FailedAlloc> failures() {
        return failures;
    }
}
