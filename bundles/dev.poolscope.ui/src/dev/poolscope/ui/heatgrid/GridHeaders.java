package dev.poolscope.ui.heatgrid;

import dev.poolscope.model.grid.GridBlock;
import dev.poolscope.model.grid.GridLayout;
import dev.poolscope.model.grid.GridText;

import java.util.List;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

/**
 * Paints the Heat Grid's words in either mode: the legend line at the top and each block's two
 * header lines (its address range, then its size, fill and bits per cell), scrolled with the cells.
 */
final class GridHeaders {

    private final GC gc;
    private final Point origin;

    /** Paints on {@code gc}, whose point (0, 0) is content point {@code origin}. */
    GridHeaders(GC gc, Point origin) {
        this.gc = gc;
        this.origin = origin;
    }

    void legend(List<CellArt.LegendEntry> entries) {
        int x = GridLayout.MARGIN - origin.x;
        int y = 5 - origin.y;
        for (CellArt.LegendEntry entry : entries) {
            gc.setBackground(Palette.colour(entry.rgb()));
            gc.fillRectangle(x, y + 3, 10, 10);
            gc.setForeground(Palette.colour(Palette.TEXT_DIM));
            gc.drawText(entry.label(), x + 14, y, true);
            x += 14 + gc.textExtent(entry.label()).x + 14;
        }
    }

    /** The block's header, with {@code setBits} of its chunk's bits set. */
    void header(GridBlock block, long setBits) {
        int x = block.x() - origin.x;
        int y = block.y() - origin.y;
        gc.setForeground(Palette.colour(Palette.TEXT));
        gc.drawText(GridText.title(block), x, y, true);
        gc.setForeground(Palette.colour(Palette.TEXT_DIM));
        gc.drawText(GridText.figures(block, setBits), x, y + 16, true);
    }
}
