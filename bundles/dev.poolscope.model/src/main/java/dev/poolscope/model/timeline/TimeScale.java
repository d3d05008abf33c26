package dev.poolscope.model.timeline;

/**
 * Maps event sequence numbers to pixel columns of the lane area and back, and moves that window
 * over the trace. Event {@code s} occupies {@code [s, s + 1)} on the axis, so when zoomed in it is
 * a bar some pixels wide; the window never leaves the trace, {@code [firstSeq, lastSeq + 1)}, and
 * never shows fewer than {@link #MIN_SPAN} events.
 */
public final class TimeScale {

    /** The fewest events the window shows: a dozen events already fill a wide lane. */
    public static final double MIN_SPAN = 12;

    private final double domainStart;
    private final double domainEnd;
    private double start;
    private double span;
    private int width = 1;

    /** A window showing the whole trace of events {@code firstSeq..lastSeq}. */
    public TimeScale(long firstSeq, long lastSeq) {
        domainStart = firstSeq;
        domainEnd = Math.max(lastSeq + 1, firstSeq + 1);
        start = domainStart;
        span = domainEnd - domainStart;
    }

    /** Sets the width of the lane area in pixels. */
    public void setWidth(int pixels) {
        width = Math.max(1, pixels);
    }

    public int width() {
        return width;
    }

    public double start() {
        return start;
    }

    public double span() {
        return span;
    }

    /** Pixel x, from the lane area's left edge, of axis position {@code seq}. */
    public double xOf(double seq) {
        return (seq - start) / span * width;
    }

    /** The axis position at pixel x. */
    public double seqAt(double x) {
        return start + x / width * span;
    }

    /** The pixel column that holds the start of event {@code seq}, not clipped to the lane area. */
    public long columnOf(long seq) {
        return (long) Math.floor(xOf(seq));
    }

    /** The last pixel column that event {@code seq} reaches into: it is wider than a pixel when zoomed in. */
    public long lastColumnOf(long seq) {
        return Math.max(columnOf(seq), (long) Math.ceil(xOf(seq + 1)) - 1);
    }

    /** The first event (partly) visible. */
    public long firstVisibleSeq() {
        return (long) Math.floor(start);
    }

    /** One past the last event (partly) visible. */
    public long endVisibleSeq() {
        return (long) Math.ceil(start + span);
    }

    public double eventsPerPixel() {
        return span / width;
    }

    /** Multiplies the span by {@code factor} (below 1 zooms in), keeping the axis position at pixel {@code anchorX} where it is. */
    public void zoom(double factor, double anchorX) {
        double anchor = seqAt(anchorX);
        double share = anchorX / width;
        span = Math.max(Math.min(MIN_SPAN, domainEnd - domainStart), Math.min(domainEnd - domainStart, span * factor));
        start = anchor - share * span;
        clamp();
    }

    /** Moves the window {@code dx} pixels to the left (the content follows the mouse to the right). */
    public void pan(double dx) {
        start -= dx / width * span;
        clamp();
    }

    /** Moves the window so that event {@code seq} is in its middle, unless it is visible already. */
    public void reveal(long seq) {
        if (seq < start || seq + 1 > start + span) {
            start = seq + 0.5 - span / 2;
            clamp();
        }
    }

    private void clamp() {
        start = Math.max(domainStart, Math.min(domainEnd - span, start));
    }
}
