package dev.poolscope.analysis;

/**
 * One time series over a trace: points in increasing sequence order, each a value and the event
 * it stands for (the last event of its bucket), so that a chart can seek to it. Immutable.
 */
public final class Series {

    private final String name;
    private final long[] seqs;
    private final double[] values;

    /** Takes ownership of the arrays, which hold exactly the points. */
    Series(String name, long[] seqs, double[] values) {
        this.name = name;
        this.seqs = seqs;
        this.values = values;
    }

    /** What the series counts, in a few words, as a chart legend shows it. */
    public String name() {
        return name;
    }

    public int size() {
        return seqs.length;
    }

    /** The last event of point {@code index}'s bucket: the state after it, or the counts up to it. */
    public long seq(int index) {
        return seqs[index];
    }

    public double value(int index) {
        return values[index];
    }

    @Override
    public String toString() {
        return name + " (" + seqs.length + " points)";
    }
}
