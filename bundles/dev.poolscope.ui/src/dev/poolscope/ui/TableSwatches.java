package dev.poolscope.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The swatches of a table's rows: the first column of a row written in its colour (a chart's line or
 * bar), the colours made per row shown and disposed when the rows are cleared or the table goes.
 */
public final class TableSwatches {

    private final Table table;
    private final List<Color> colours = new ArrayList<>();

    public TableSwatches(Table table) {
        this.table = table;
        table.addDisposeListener(e -> clear());
    }

    /** Writes {@code item}'s first column in {@code rgb} (0xRRGGBB). */
    public void paint(TableItem item, int rgb) {
        Color colour = new Color(table.getDisplay(), (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
        item.setForeground(0, colour);
        colours.add(colour);
    }

    /** Disposes the colours made so far: call before the rows that use them are removed. */
    public void clear() {
        colours.forEach(Color::dispose);
        colours.clear();
    }
}
