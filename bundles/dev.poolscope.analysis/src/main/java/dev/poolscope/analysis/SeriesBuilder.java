package dev.poolscope.analysis;

import java.util.Arrays;

/** Collects a series' points during the pass; its arrays grow by doubling, never past the point budget. */
final class SeriesBuilder {

    private final String name;
    private long[] seqs = new long[16];
    private double[] values = new double[16];
    private int size;

    SeriesBuilder(String name) {
        this.name = name;
    }

    void add(long seq, double value) {
        if (size == seqs.length) {
            seqs = Arrays.copyOf(seqs, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        seqs[size] = seq;
        values[size] = value;
        size++;
    }

    Series build() {
        return new Series(name, Arrays.copyOf(seqs, size), Arrays.copyOf(values, size));
    }
}
