package dev.poolscope.ui.charts;

import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.swt.SWTGraphics2D;

/**
 * An SWT canvas showing a JFreeChart XY chart whose domain axis counts events. A click (or a drag)
 * in the plot area seeks: the listener gets the event number under the mouse. The current event
 * is a vertical line, drawn over the chart by the canvas itself.
 */
public final class ChartCanvas {

    /** Pixels between the cursor line and its label. */
    private static final int LABEL_GAP = 5;

    private final Canvas canvas;
    private final JFreeChart chart;
    private final LongConsumer seek;
    /** Filled by every paint: where the last paint put the plot area, for mapping mouse x to events. */
    private final ChartRenderingInfo rendering = new ChartRenderingInfo();
    private long cursor = -1;
    private boolean seeking;

    /**
     * @param chart an XY chart whose domain axis is in events
     * @param seek  called with the event under the mouse when the user clicks or drags in the plot area
     */
    public ChartCanvas(Composite parent, JFreeChart chart, LongConsumer seek) {
        this.chart = chart;
        this.seek = seek;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.addListener(SWT.Paint, event -> paint(event.gc));
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.MouseMove, this::mouseMove);
        canvas.addListener(SWT.MouseUp, event -> seeking = false);
        chart.addChangeListener(event -> {
            if (!canvas.isDisposed()) {
                canvas.redraw();
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    public JFreeChart chart() {
        return chart;
    }

    /** Marks event {@code seq} as the current one; -1 shows no marker. */
    public void setCursor(long seq) {
        if (seq != cursor) {
            cursor = seq;
            canvas.redraw();
        }
    }

    public long cursor() {
        return cursor;
    }

    /** Where the last paint put the plot area, in canvas pixels (empty before the first paint). */
    public Rectangle plotArea() {
        Rectangle2D area = rendering.getPlotInfo().getDataArea();
        return new Rectangle((int) Math.ceil(area.getMinX()), (int) Math.ceil(area.getMinY()),
                (int) Math.floor(area.getWidth()), (int) Math.floor(area.getHeight()));
    }

    /** The event under canvas column {@code x}, nearest on the domain axis; empty outside the plot area. */
    public OptionalLong seqAt(int x) {
        Rectangle2D area = rendering.getPlotInfo().getDataArea();
        if (area.isEmpty() || x < area.getMinX() || x > area.getMaxX()) {
            return OptionalLong.empty();
        }
        XYPlot plot = chart.getXYPlot();
        ValueAxis axis = plot.getDomainAxis();
        double value = axis.java2DToValue(x, area, plot.getDomainAxisEdge());
        long seq = Math.round(Math.max(axis.getLowerBound(), Math.min(axis.getUpperBound(), value)));
        return OptionalLong.of(seq);
    }

    /** The canvas column of event {@code seq}, rounded to a whole pixel. */
    public int xOf(long seq) {
        XYPlot plot = chart.getXYPlot();
        return (int) Math.round(plot.getDomainAxis().valueToJava2D(seq, rendering.getPlotInfo().getDataArea(),
                plot.getDomainAxisEdge()));
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        if (size.x <= 0 || size.y <= 0) {
            return;
        }
        // the chart goes into an image first: SWTGraphics2D's setClip resets the GC's clip (on GTK the whole
        // cairo clip), which on the paint GC let a chart in a scrolled view draw past the view's edge over the
        // window; an image's GC can draw only into the image
        Image image = new Image(canvas.getDisplay(), size.x, size.y);
        try {
            GC imageGc = new GC(image);
            try {
                SWTGraphics2D graphics = new SWTGraphics2D(imageGc);
                try {
                    chart.draw(graphics, new Rectangle2D.Double(0, 0, size.x, size.y), rendering);
                } finally {
                    graphics.dispose(); // the SWT colours and fonts it made
                }
            } finally {
                imageGc.dispose();
            }
            gc.drawImage(image, 0, 0);
        } finally {
            image.dispose();
        }
        paintCursor(gc);
    }

    private void paintCursor(GC gc) {
        Rectangle area = plotArea();
        if (cursor < 0 || area.isEmpty()) {
            return;
        }
        int x = xOf(cursor);
        if (x < area.x || x > area.x + area.width) {
            return;
        }
        Color colour = colour(ChartStyle.CURSOR);
        Color background = colour(ChartStyle.PLOT_BACKGROUND);
        try {
            gc.setFont(canvas.getFont());
            gc.setAlpha(255);
            gc.setAntialias(SWT.OFF);
            gc.setForeground(colour);
            gc.setLineWidth(2);
            gc.drawLine(x, area.y, x, area.y + area.height);
            // the event's number beside the line's top, on the side with room for it
            String label = "#" + NumberFormat.getIntegerInstance().format(cursor);
            Point extent = gc.textExtent(label);
            int labelX = x + LABEL_GAP + extent.x <= area.x + area.width ? x + LABEL_GAP : x - LABEL_GAP - extent.x;
            gc.setBackground(background);
            gc.drawText(label, labelX, area.y + 2, false);
        } finally {
            colour.dispose();
            background.dispose();
        }
    }

    private Color colour(int rgb) {
        return new Color(canvas.getDisplay(), (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    }

    private void mouseDown(Event event) {
        if (event.button == 1) {
            seeking = seekTo(event.x);
        }
    }

    /** Dragging with the button held scrubs through the events. */
    private void mouseMove(Event event) {
        if (seeking && (event.stateMask & SWT.BUTTON1) != 0) {
            seekTo(event.x);
        }
    }

    private boolean seekTo(int x) {
        OptionalLong seq = seqAt(x);
        seq.ifPresent(seek);
        return seq.isPresent();
    }
}
