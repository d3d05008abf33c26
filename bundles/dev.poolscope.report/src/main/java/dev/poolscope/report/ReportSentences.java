package dev.poolscope.report;

import dev.poolscope.analysis.Series;
import dev.poolscope.analysis.fragmentation.ExtentStats;

import java.util.List;

/**
 * The report's own sentences (the state at the end, E's peak, a trace series' extreme); a comparison's and
 * a failure list's sentences are {@link dev.poolscope.analysis.compare.Findings}'. Each is made
 * from the numbers it states: nothing here is
 * written in advance of the data, so a sentence can say "no allocation failed" as well as the opposite.
 */
final class ReportSentences {

    private ReportSentences() {
    }

    /** The state at the end: free units, extents, the largest one's share, E. */
    static String end(ExtentStats end, String when) {
        if (end.free() == 0) {
            return "At " + when + " no unit is free.";
        }
        return "At " + when + " " + ReportNumbers.count(end.free()) + " units are free in "
                + ReportNumbers.count(end.extents()) + " extents; the largest holds " + ReportNumbers.count(end.largest()) + " ("
                + ReportNumbers.percent((double) end.largest() / end.free()) + " of the free units), so E = "
                + ReportNumbers.decimal(end.external()) + ".";
    }

    /** Where E was highest over the checkpoints ({@code at} names them, e.g. "operations"). */
    static String peakExternal(List<Long> at, List<ExtentStats> extents, String unit) {
        int peak = 0;
        for (int i = 1; i < extents.size(); i++) {
            peak = extents.get(i).external() > extents.get(peak).external() ? i : peak;
        }
        return extents.isEmpty() ? "No checkpoint was taken." : "E was highest, " + ReportNumbers.decimal(
                extents.get(peak).external()) + ", after " + ReportNumbers.count(at.get(peak)) + " " + unit + ".";
    }

    /**
     * Where a trace series was highest ({@code max}) or lowest, its value followed by {@code unit}: "Pool avail was
     * lowest, 125,504 bytes, around event 495,573." (a point stands for a bucket of events, hence "around").
     */
    static String extreme(Series series, boolean max, String verb, String unit) {
        if (series.size() == 0) {
            return "The trace has no events.";
        }
        int at = 0;
        for (int i = 1; i < series.size(); i++) {
            at = (max ? series.value(i) > series.value(at) : series.value(i) < series.value(at)) ? i : at;
        }
        String name = series.name();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + " " + verb + " "
                + ReportNumbers.amount(series.value(at)) + unit + ", around event " + ReportNumbers.count(series.seq(at)) + ".";
    }
}
