package dev.poolscope.ui.timeline;

import dev.poolscope.model.timeline.Activity;
import dev.poolscope.model.timeline.AxisTicks;
import dev.poolscope.model.timeline.LaneColumns;
import dev.poolscope.model.timeline.Mark;
import dev.poolscope.model.timeline.TimeScale;
import dev.poolscope.ui.ThreadColours;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Draws one frame of the Timeline from lane columns: axis, lanes with their labels, bars, marks,
 * the cursor and the legend. It draws per pixel column, never per event, so its cost is the
 * widget's size times the threads.
 */
final class TimelinePainter {

    /** Half the size of a mark's shape, at most. */
    private static final int MARK_RADIUS = 6;

    private final GC gc;
    private final Display display;
    private final LaneLayout layout;
    private final TimeScale scale;

    TimelinePainter(GC gc, Display display, LaneLayout layout, TimeScale scale) {
        this.gc = gc;
        this.display = display;
        this.layout = layout;
        this.scale = scale;
    }

    /** The widget x of the middle of event {@code seq}: where its mark and the cursor on it are drawn. */
    static int centreOf(TimeScale scale, long seq) {
        return LaneLayout.GUTTER + (int) Math.floor(scale.xOf(seq + 0.5));
    }

    void paint(LaneColumns columns, long cursorSeq, String status) {
        gc.setBackground(colour(TimelinePalette.BACKGROUND));
        gc.fillRectangle(0, 0, layout.width(), layout.height());
        paintLanes(columns);
        paintAxis();
        for (int thread = 0; thread < columns.threads(); thread++) {
            paintBars(columns, thread);
        }
        for (int thread = 0; thread < columns.threads(); thread++) {
            paintMarks(columns, thread);
        }
        paintCursor(cursorSeq);
        paintLegend(status);
    }

    private void paintLanes(LaneColumns columns) {
        for (int thread = 0; thread < columns.threads(); thread++) {
            if (thread % 2 == 1) {
                gc.setBackground(colour(TimelinePalette.LANE_STRIPE));
                gc.fillRectangle(0, layout.laneTop(thread), layout.width(), layout.laneHeight());
            }
            gc.setForeground(colour(ThreadColours.of(thread)));
            String label = "T" + thread;
            int textHeight = gc.textExtent(label).y;
            gc.drawText(label, 12, layout.laneMiddle(thread) - textHeight / 2, true);
        }
    }

    private void paintAxis() {
        int left = LaneLayout.GUTTER;
        int right = left + layout.laneAreaWidth();
        gc.setForeground(colour(TimelinePalette.GRID_LINE));
        gc.drawLine(left, LaneLayout.AXIS - 1, right, LaneLayout.AXIS - 1);
        long step = AxisTicks.step(scale.eventsPerPixel());
        long first = Math.floorDiv((long) Math.ceil(scale.start()), step) * step;
        for (long seq = first; seq <= scale.start() + scale.span(); seq += step) {
            int x = left + (int) Math.round(scale.xOf(seq));
            if (x < left || x > right) {
                continue;
            }
            gc.setForeground(colour(TimelinePalette.GRID_LINE));
            gc.drawLine(x, LaneLayout.AXIS - 6, x, layout.lanesBottom());
            gc.setForeground(colour(TimelinePalette.TEXT_DIM));
            gc.drawText(String.format(Locale.ROOT, "%,d", seq), x + 3, 4, true);
        }
        gc.setForeground(colour(TimelinePalette.TEXT_DIM));
        gc.drawText("event", 12, 4, true);
    }

    /** Draws runs of equal activity as one rectangle each; a column with both an alloc and a free shows both, halved. */
    private void paintBars(LaneColumns columns, int thread) {
        int column = 0;
        while (column < columns.width()) {
            int activity = columns.activity(thread, column);
            int end = column + 1;
            while (end < columns.width() && columns.activity(thread, end) == activity) {
                end++;
            }
            if (activity != Activity.IDLE) {
                paintBar(thread, LaneLayout.GUTTER + column, end - column, activity);
            }
            column = end;
        }
    }

    private void paintBar(int thread, int x, int width, int activity) {
        int top = layout.barTop(thread);
        int height = layout.barHeight();
        boolean alloc = (activity & Activity.ALLOC) != 0;
        boolean free = (activity & Activity.FREE) != 0;
        int allocColour = (activity & Activity.FAILED) != 0 ? TimelinePalette.FAILED_BAR : TimelinePalette.alloc(thread);
        if (alloc && free) {
            gc.setBackground(colour(allocColour));
            gc.fillRectangle(x, top, width, height / 2);
            gc.setBackground(colour(TimelinePalette.free(thread)));
            gc.fillRectangle(x, top + height / 2, width, height - height / 2);
        } else {
            gc.setBackground(colour(alloc ? allocColour : TimelinePalette.free(thread)));
            gc.fillRectangle(x, top, width, height);
        }
    }

    /**
     * Draws the marks of a lane without letting shapes overlap: of the marks within one shape's
     * width, only the strongest is drawn, and the next shape starts a width after it. Zoomed out,
     * a mark in every column would otherwise melt into a smear.
     */
    private void paintMarks(LaneColumns columns, int thread) {
        // when an event is wider than a pixel, its mark goes to the event's middle, as the cursor does
        int shift = (int) Math.floor(Math.max(0.5, 0.5 / scale.eventsPerPixel()));
        int radius = Math.max(3, Math.min(MARK_RADIUS, layout.laneHeight() / 3));
        int pitch = 2 * radius + 3;
        int y = layout.laneMiddle(thread);
        int column = 0;
        while (column < columns.width()) {
            Mark strongest = Mark.NONE;
            int at = column;
            for (int c = column; c < Math.min(columns.width(), column + pitch); c++) {
                if (columns.mark(thread, c).compareTo(strongest) > 0) {
                    strongest = columns.mark(thread, c);
                    at = c;
                }
            }
            if (strongest != Mark.NONE) {
                paintMark(strongest, LaneLayout.GUTTER + at + shift, y, radius);
            }
            column = strongest == Mark.NONE ? column + pitch : at + pitch;
        }
    }

    private void paintMark(Mark mark, int x, int y, int r) {
        gc.setBackground(colour(TimelinePalette.of(mark)));
        gc.setForeground(colour(TimelinePalette.BACKGROUND));
        switch (mark) {
            case RACE -> {
                int[] triangle = {x - r, y - r, x + r, y - r, x, y + r};
                gc.fillPolygon(triangle);
                gc.drawPolygon(triangle);
            }
            case ROLLBACK -> {
                int[] diamond = {x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y};
                gc.fillPolygon(diamond);
                gc.drawPolygon(diamond);
            }
            case RETRY -> {
                gc.fillOval(x - r + 1, y - r + 1, 2 * r - 1, 2 * r - 1);
                gc.drawOval(x - r + 1, y - r + 1, 2 * r - 1, 2 * r - 1);
            }
            case FAILED_ALLOC -> {
                gc.setForeground(colour(TimelinePalette.FAILED_ALLOC));
                gc.setLineWidth(3);
                gc.drawLine(x - r, y - r, x + r, y + r);
                gc.drawLine(x - r, y + r, x + r, y - r);
                gc.setLineWidth(1);
            }
            case NONE -> {
                // nothing to mark
            }
        }
    }

    private void paintCursor(long seq) {
        int x = centreOf(scale, seq);
        if (x < LaneLayout.GUTTER || x >= LaneLayout.GUTTER + layout.laneAreaWidth()) {
            return;
        }
        gc.setForeground(colour(TimelinePalette.CURSOR));
        gc.setLineWidth(2);
        gc.drawLine(x, LaneLayout.AXIS - 4, x, layout.lanesBottom() + 3);
        gc.setLineWidth(1);
        String label = String.format(Locale.ROOT, "#%,d", seq);
        int labelWidth = gc.textExtent(label).x + 8;
        int labelX = Math.min(x - labelWidth / 2, layout.width() - labelWidth - 2);
        gc.setBackground(colour(TimelinePalette.CURSOR));
        gc.fillRoundRectangle(labelX, 3, labelWidth, 18, 6, 6);
        gc.setForeground(colour(TimelinePalette.BACKGROUND));
        gc.drawText(label, labelX + 4, 4, true);
    }

    private void paintLegend(String status) {
        int y = layout.legendTop() + 8;
        int x = 12;
        x = legendBar(x, y, TimelinePalette.alloc(0), "alloc");
        x = legendBar(x, y, TimelinePalette.free(0), "free");
        x = legendBar(x, y, TimelinePalette.FAILED_BAR, "failed alloc");
        x = legendMark(x, y, Mark.FAILED_ALLOC, "alloc failed");
        x = legendMark(x, y, Mark.RACE, "CAS failed (race)");
        x = legendMark(x, y, Mark.ROLLBACK, "rollback");
        x = legendMark(x, y, Mark.RETRY, "retry");
        gc.setForeground(colour(TimelinePalette.TEXT_DIM));
        int statusWidth = gc.textExtent(status).x;
        gc.drawText(status, Math.max(x + 12, layout.width() - statusWidth - LaneLayout.RIGHT_MARGIN), y, true);
    }

    private int legendBar(int x, int y, int rgb, String label) {
        gc.setBackground(colour(rgb));
        gc.fillRectangle(x, y + 3, 18, 10);
        return legendText(x + 24, y, label);
    }

    private int legendMark(int x, int y, Mark mark, String label) {
        paintMark(mark, x + 6, y + 8, 5);
        return legendText(x + 16, y, label);
    }

    private int legendText(int x, int y, String label) {
        gc.setForeground(colour(TimelinePalette.TEXT_DIM));
        gc.drawText(label, x, y, true);
        return x + gc.textExtent(label).x + 16;
    }

    /** A colour for 0xRRGGBB; SWT colours hold no OS resource (since SWT 3.114) and need no disposal. */
    private Color colour(int rgb) {
        return new Color(display, new RGB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff));
    }
}
