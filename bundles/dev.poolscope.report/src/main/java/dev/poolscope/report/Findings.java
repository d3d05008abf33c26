package dev.poolscope.report;

import dev.poolscope.analysis.Series;
import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.ExtentStats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The findings of a report in words, each sentence made from the numbers it states: nothing here is
 * written in advance of the data, so a sentence can say "no allocation failed" as well as the opposite.
 */
final class Findings {

    private Findings() {
    }

    /** "first-fit failed 9 of 12,000 allocations, every one for fragmentation (...)", or that none failed. */
    static String failures(String algorithm, long allocs, List<FailedAlloc> failures) {
        if (failures.isEmpty()) {
            return algorithm + " served all " + Numbers.count(allocs) + " allocations: none failed.";
        }
        List<String> parts = new ArrayList<>();
        FailureReason only = null;
        for (Map.Entry<FailureReason, Long> entry : FailureTables.counts(failures).entrySet()) {
            if (entry.getValue() > 0) {
                parts.add(Numbers.count(entry.getValue()) + " for " + entry.getKey().label());
                only = entry.getValue() == failures.size() ? entry.getKey() : null;
            }
        }
        String why = only != null ? "every one for " + only.label() + " (" + only.meaning() + ")"
                : String.join(", ", parts);
        return algorithm + " failed " + Numbers.count(failures.size()) + " of " + Numbers.count(allocs)
                + " allocations, " + why + ".";
    }

    /** The state at the end: free units, extents, the largest one's share, E. */
    static String end(ExtentStats end, String when) {
        if (end.free() == 0) {
            return "At " + when + " no unit is free.";
        }
        return "At " + when + " " + Numbers.count(end.free()) + " units are free in " + Numbers.count(end.extents())
                + " extents; the largest holds " + Numbers.count(end.largest()) + " ("
                + Numbers.percent((double) end.largest() / end.free()) + " of the free units), so E = "
                + Numbers.decimal(end.external()) + ".";
    }

    /** Where E was highest over the checkpoints ({@code at} names them, e.g. "operations"). */
    static String peakExternal(List<Long> at, List<ExtentStats> extents, String unit) {
        int peak = 0;
        for (int i = 1; i < extents.size(); i++) {
            peak = extents.get(i).external() > extents.get(peak).external() ? i : peak;
        }
        return extents.isEmpty() ? "No checkpoint was taken." : "E was highest, " + Numbers.decimal(
                extents.get(peak).external()) + ", after " + Numbers.count(at.get(peak)) + " " + unit + ".";
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
                + Numbers.amount(series.value(at)) + unit + ", around event " + Numbers.count(series.seq(at)) + ".";
    }
}
