package dev.poolscope.analysis;

import dev.poolscope.analysis.fragmentation.FreeExtents;

import java.util.ArrayList;
import java.util.List;

/**
 * The free-extent metrics of a chunk or of the pool over a trace: F, R, L, E, and U(n), FI(n) for
 * each request size n of the series (by index, see {@link FragmentationSeries#requestUnits()}).
 * Points as every {@link Series}: one per bucket, at its last event.
 */
public final class ExtentSeries {

    private final Series free;
    private final Series extents;
    private final Series largest;
    private final Series external;
    private final List<Series> unusable;
    private final List<Series> fragmentationIndex;

    private ExtentSeries(Builder builder) {
        free = builder.free.build();
        extents = builder.extents.build();
        largest = builder.largest.build();
        external = builder.external.build();
        unusable = builder.unusable.stream().map(SeriesBuilder::build).toList();
        fragmentationIndex = builder.fragmentationIndex.stream().map(SeriesBuilder::build).toList();
    }

    /** F, free units. */
    public Series free() {
        return free;
    }

    /** R, free extents. */
    public Series extents() {
        return extents;
    }

    /** L, the longest free extent. */
    public Series largest() {
        return largest;
    }

    /** E = 1 - L/F. */
    public Series external() {
        return external;
    }

    /** U(n), by request index. */
    public List<Series> unusable() {
        return unusable;
    }

    /** FI(n), by request index. */
    public List<Series> fragmentationIndex() {
        return fragmentationIndex;
    }

    /** Collects the points during the pass. */
    static final class Builder {

        private final SeriesBuilder free;
        private final SeriesBuilder extents;
        private final SeriesBuilder largest;
        private final SeriesBuilder external;
        private final List<SeriesBuilder> unusable = new ArrayList<>();
        private final List<SeriesBuilder> fragmentationIndex = new ArrayList<>();

        /** Series named "{@code what} F", "{@code what} U(8)", ...: {@code what} is "pool" or "chunk 2". */
        Builder(String what, long[] requestUnits) {
            free = new SeriesBuilder(what + " F");
            extents = new SeriesBuilder(what + " R");
            largest = new SeriesBuilder(what + " L");
            external = new SeriesBuilder(what + " E");
            for (long n : requestUnits) {
                unusable.add(new SeriesBuilder(what + " U(" + n + ")"));
                fragmentationIndex.add(new SeriesBuilder(what + " FI(" + n + ")"));
            }
        }

        void add(long seq, FreeExtents now) {
            free.add(seq, now.free());
            extents.add(seq, now.extents());
            largest.add(seq, now.largest());
            external.add(seq, now.external());
            for (int i = 0; i < unusable.size(); i++) {
                unusable.get(i).add(seq, now.unusable(i));
                fragmentationIndex.get(i).add(seq, now.fragmentationIndex(i));
            }
        }

        ExtentSeries build() {
            return new ExtentSeries(this);
        }
    }
}
