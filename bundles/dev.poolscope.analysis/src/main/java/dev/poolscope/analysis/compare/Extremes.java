package dev.poolscope.analysis.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The lowest and highest value of a number over a comparison's contenders, with every contender that has
 * each: the results themselves, so a sentence about them reads their other numbers from the same result,
 * even when two contenders share a name.
 */
record Extremes(double low, double high, List<ContenderResult> lows, List<ContenderResult> highs) {

    static Extremes of(List<ContenderResult> results, ToDoubleFunction<ContenderResult> value) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ContenderResult result : results) {
            low = Math.min(low, value.applyAsDouble(result));
            high = Math.max(high, value.applyAsDouble(result));
        }
        List<ContenderResult> lows = new ArrayList<>();
        List<ContenderResult> highs = new ArrayList<>();
        for (ContenderResult result : results) {
            double v = value.applyAsDouble(result);
            if (v == low) {
                lows.add(result);
            }
            if (v == high) {
                highs.add(result);
            }
        }
        return new Extremes(low, high, List.copyOf(lows), List.copyOf(highs));
    }

    boolean equal() {
        return low == high;
    }

    String lowNames() {
        return names(lows);
    }

    String highNames() {
        return names(highs);
    }

    /** "a", "a and b", "a, b and c". */
    private static String names(List<ContenderResult> results) {
        List<String> names = results.stream().map(r -> r.contender().name()).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
