package dev.poolscope.analysis;

import java.util.ArrayList;
import java.util.List;

/** Every point of every series of a {@link TraceSeries}, and its totals, as lines: to compare two of them whole. */
final class SeriesText {

    private final List<String> lines = new ArrayList<>();

    private SeriesText() {
    }

    static List<String> of(TraceSeries series) {
        SeriesText text = new SeriesText();
        text.lines.add("bucketing " + series.bucketing() + " last " + series.lastSeq());
        text.add(series.avail());
        series.chunkAvail().forEach(text::add);
        text.add(series.casFailuresPerKiloEvent());
        text.add(series.rollbacksPerKiloEvent());
        series.retriesPerAlloc().forEach(text::add);
        FragmentationSeries fragmentation = series.fragmentation();
        text.add(fragmentation.pool());
        fragmentation.chunks().forEach(text::add);
        text.add(fragmentation.internalBytes());
        text.add(fragmentation.failedAllocs());
        fragmentation.failures().forEach(failure -> text.lines.add(failure.toString()));
        series.contention().threads().forEach(thread -> text.lines.add(thread.toString()));
        series.contention().words().forEach(word -> text.lines.add(word.toString()));
        return text.lines;
    }

    private void add(ExtentSeries extents) {
        add(extents.free());
        add(extents.extents());
        add(extents.largest());
        add(extents.external());
        extents.unusable().forEach(this::add);
        extents.fragmentationIndex().forEach(this::add);
    }

    private void add(Series series) {
        StringBuilder line = new StringBuilder(series.name()).append(':');
        for (int i = 0; i < series.size(); i++) {
            line.append(' ').append(series.seq(i)).append('=').append(series.value(i));
        }
        lines.add(line.toString());
    }
}
