package dev.poolscope.report;

import java.util.List;

/** One thing a report section shows, in order: words, a table, or a chart with the table it draws. */
public sealed interface Block {

    /** A paragraph of plain text (escaped when written). */
    record Paragraph(String text) implements Block {
    }

    /**
     * A table with a caption saying what to read in it; the page shows its first {@code shownRows}
     * rows (a long list stays readable), its CSV has them all.
     */
    record TableBlock(Table table, String caption, int shownRows) implements Block {

        /** The whole table on the page. */
        public TableBlock(Table table, String caption) {
            this(table, caption, Integer.MAX_VALUE);
        }
    }

    /**
     * A chart drawn from {@code table} as {@code name.png} (several charts may draw one table); the
     * caption says what to look at.
     *
     * @param xColumn the column on the x axis (the bar labels, for {@link ChartKind#BARS})
     * @param xLabel  the x axis's label
     * @param ys      the columns drawn, one line (or bar series) each
     * @param yCounts whether the y values count things (units, extents, bytes): the axis then ticks on whole
     *                numbers; the x axis of {@link ChartKind#LINES} always counts (events, operations)
     */
    record Figure(String name, Table table, ChartKind kind, int xColumn, String xLabel, List<Integer> ys,
            String yLabel, boolean yCounts, String caption) implements Block {

        public Figure {
            ys = List.copyOf(ys);
        }

        /** The PNG file the chart is written as. */
        public String pngFile() {
            return name + ".png";
        }
    }

    /** A list of short items, e.g. footnotes or findings. */
    record Items(List<String> items) implements Block {
    }

    /** How a figure draws its table. */
    enum ChartKind {
        /** One line per y column over the x column. */
        LINES,
        /** One bar per row, labelled by the x column. */
        BARS
    }
}
