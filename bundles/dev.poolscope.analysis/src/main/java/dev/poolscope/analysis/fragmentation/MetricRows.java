package dev.poolscope.analysis.fragmentation;

import dev.poolscope.model.fragmentation.MetricText;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The metrics of a set of free extents as rows (which metrics, in which order, with which text): a
 * {@link FragmentationMetric} for the title and formula, a symbol, and the value in the one text of
 * {@link MetricText}. Headless, so the workbench's table and any other list of metrics read the same rows.
 */
public final class MetricRows {

    /** The text of the internal fragmentation row when the live requests' sizes are not known. */
    public static final String UNKNOWN = "not known (the live requests' sizes are not tracked)";

    /** One row: its metric, its symbol ("U(4)") and the value's text. */
    public record Row(FragmentationMetric metric, String symbol, String value) {
    }

    private MetricRows() {
    }

    /** The rows of {@code stats} at request size {@code n}: F, R, L, F/R, E, U(n), Ua(n), FI(n), then internal bytes. */
    public static List<Row> of(ExtentStats stats, long n, OptionalLong internalBytes) {
        String sized = "(" + n + ")";
        List<Row> list = new ArrayList<>();
        list.add(new Row(FragmentationMetric.FREE, "F", MetricText.count(stats.free())));
        list.add(new Row(FragmentationMetric.EXTENTS, "R", MetricText.count(stats.extents())));
        list.add(new Row(FragmentationMetric.LARGEST, "L", MetricText.count(stats.largest())));
        list.add(new Row(FragmentationMetric.MEAN_EXTENT, "F/R", MetricText.mean(stats.meanExtent())));
        list.add(new Row(FragmentationMetric.EXTERNAL, "E", MetricText.ratio(stats.external())));
        list.add(new Row(FragmentationMetric.UNUSABLE, "U" + sized, MetricText.ratio(stats.unusable(n))));
        list.add(new Row(FragmentationMetric.UNUSABLE_ALIGNED, "Ua" + sized, MetricText.ratio(stats.unusableAligned(n))));
        list.add(new Row(FragmentationMetric.FRAGMENTATION_INDEX, "FI" + sized,
                MetricText.ratio(stats.fragmentationIndex(n))));
        list.add(new Row(FragmentationMetric.INTERNAL_BYTES, "I",
                internalBytes.isPresent() ? MetricText.bytes(internalBytes.getAsLong()) : UNKNOWN));
        return list;
    }
}
