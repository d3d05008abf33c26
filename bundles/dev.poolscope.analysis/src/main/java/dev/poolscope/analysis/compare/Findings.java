package dev.poolscope.analysis.compare;

import dev.poolscope.analysis.failure.FailedAlloc;
import dev.poolscope.analysis.failure.FailureReason;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a comparison found, in words made from its numbers at the end of the replay: which contenders
 * failed fewest and most allocations and why each failed, which kept the longest free extent, and
 * which ended least and most fragmented. No sentence is written in advance of the data: every name,
 * number and comparative comes from the rows, and ties are said as ties.
 */
public final class Findings {

    private Findings() {
    }

    /** The findings, one sentence each. */
    public static List<String> of(Comparison comparison) {
        List<ContenderResult> results = comparison.results();
        List<String> findings = new ArrayList<>();
        if (results.isEmpty()) {
            return findings;
        }
        long allocs = results.get(0).last().allocs();
        if (results.size() > 1) {
            findings.add(failedExtremes(results, allocs));
        }
        for (ContenderResult result : results) {
            findings.add(failures(result, allocs));
        }
        if (results.size() > 1) {
            findings.add(largestExtent(results));
            findings.add(external(results));
        }
        return findings;
    }

    private static String failedExtremes(List<ContenderResult> results, long allocs) {
        Extremes failed = Extremes.of(results, r -> r.last().failed());
        if (failed.equal()) {
            return String.format(Locale.ROOT, "every algorithm failed the same number of allocations: %,d of %,d",
                    (long) failed.low(), allocs);
        }
        return String.format(Locale.ROOT, "%s failed the fewest allocations (%,d of %,d); %s the most (%,d)",
                failed.lowNames(), (long) failed.low(), allocs, failed.highNames(), (long) failed.high());
    }

    /**
     * "first-fit failed 9 of 12,000 allocations, every one for fragmentation (enough free units, ...)";
     * with several reasons, the one that most failed for, when there is one, then the counts of the rest.
     */
    private static String failures(ContenderResult result, long allocs) {
        return failures(result.contender().name(), result.failures(), allocs);
    }

    /**
     * The sentence of {@link #failures(ContenderResult, long)} for any list of failed allocs, e.g. a recorded
     * trace's (lost races included): the one generator of that sentence.
     */
    public static String failures(String name, List<FailedAlloc> failures, long allocs) {
        long count = failures.size();
        if (count == 0) {
            return String.format(Locale.ROOT, "%s failed none of %,d allocations", name, allocs);
        }
        Map<FailureReason, Long> byReason = new EnumMap<>(FailureReason.class);
        for (FailedAlloc failure : failures) {
            byReason.merge(failure.reason(), 1L, Long::sum);
        }
        List<Map.Entry<FailureReason, Long>> reasons = new ArrayList<>(byReason.entrySet());
        reasons.sort(Map.Entry.<FailureReason, Long>comparingByValue().reversed()); // stable: ties keep enum order
        String failed = String.format(Locale.ROOT, "%s failed %,d of %,d allocations", name, count, allocs);
        FailureReason top = reasons.get(0).getKey();
        if (reasons.size() == 1) {
            return String.format(Locale.ROOT, "%s, %s for %s (%s)", failed, count == 1 ? "that one" : "every one",
                    top.label(), top.meaning());
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<FailureReason, Long> reason : reasons) {
            counts.add(String.format(Locale.ROOT, "%,d for %s", reason.getValue(), reason.getKey().label()));
        }
        if (reasons.get(0).getValue() > reasons.get(1).getValue()) {
            return String.format(Locale.ROOT, "%s, most for %s (%s): %s", failed, top.label(), top.meaning(),
                    String.join(", ", counts));
        }
        return failed + ": " + String.join(", ", counts);
    }

    private static String largestExtent(List<ContenderResult> results) {
        Extremes largest = Extremes.of(results, r -> r.last().extents().largest());
        if (largest.equal()) {
            return String.format(Locale.ROOT, "every algorithm ended with the same largest free extent, %,d units",
                    (long) largest.high());
        }
        if (largest.low() == 0) {
            return String.format(Locale.ROOT, "%s ended with a largest free extent of %,d units; %s had no free unit left",
                    largest.highNames(), (long) largest.high(), largest.lowNames())
                    + boughtByFailing(largest.highs(), largest.lows());
        }
        return String.format(Locale.ROOT, "%s kept the largest free extent %.1f× larger than %s at the end (%,d vs %,d units)",
                largest.highNames(), largest.high() / largest.low(), largest.lowNames(), (long) largest.high(),
                (long) largest.low()) + boughtByFailing(largest.highs(), largest.lows());
    }

    private static String external(List<ContenderResult> results) {
        Extremes external = Extremes.of(results, r -> r.last().extents().external());
        if (external.equal()) {
            return String.format(Locale.ROOT, "every algorithm ended with the same external fragmentation, E = %.3f",
                    external.low());
        }
        return String.format(Locale.ROOT, "%s ended least fragmented (E = %.3f), %s most (E = %.3f)",
                external.lowNames(), external.low(), external.highNames(), external.high())
                + boughtByFailing(external.lows(), external.highs());
    }

    /**
     * "; fixed:0 failed 2,107 allocations to best-fit's 359" when the one contender that looks better kept its
     * free memory by failing more allocations than the one it is compared with; nothing otherwise, or for ties.
     */
    private static String boughtByFailing(List<ContenderResult> better, List<ContenderResult> worse) {
        if (better.size() != 1 || worse.size() != 1) {
            return "";
        }
        long betterFailed = better.get(0).last().failed();
        long worseFailed = worse.get(0).last().failed();
        return betterFailed > worseFailed ? String.format(Locale.ROOT, "; %s failed %,d allocation%s to %s's %,d",
                better.get(0).contender().name(), betterFailed, betterFailed == 1 ? "" : "s",
                worse.get(0).contender().name(), worseFailed) : "";
    }
}
