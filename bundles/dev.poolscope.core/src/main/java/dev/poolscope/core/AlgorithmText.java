package dev.poolscope.core;

import java.math.BigInteger;

/**
 * Reads an algorithm back from the text {@link Algorithm#describe()} writes ("first_fit",
 * "first_fit_align align=64", "fixed offset=128", ...): the one inverse, for the trace reader that
 * checks a header and for the analysis that re-runs a trace's algorithm.
 */
public final class AlgorithmText {

    private AlgorithmText() {
    }

    /** @throws IllegalArgumentException saying what was expected, when {@code described} is not such a text */
    public static Algorithm parse(String described) {
        String[] words = described.split(" ", -1);
        String argument = words.length == 2 ? words[1] : "";
        Algorithm algorithm = switch (words[0]) {
            case "first_fit" -> Algorithm.firstFit();
            case "first_fit_order_align" -> Algorithm.firstFitOrderAlign();
            case "best_fit" -> Algorithm.bestFit();
            case "first_fit_align" -> Algorithm.firstFitAlign(number(argument, "align="));
            case "fixed" -> Algorithm.fixedOffset(number(argument, "offset="));
            default -> throw new IllegalArgumentException("not an algorithm this reader knows (first_fit, "
                    + "first_fit_align align=N, fixed offset=N, first_fit_order_align, best_fit)");
        };
        if (!algorithm.describe().equals(described)) {
            throw new IllegalArgumentException("expected '" + algorithm.describe() + "'");
        }
        return algorithm;
    }

    private static long number(String argument, String key) {
        String digits = argument.startsWith(key) ? argument.substring(key.length()) : "";
        if (!digits.matches("\\d{1,19}") || new BigInteger(digits).bitLength() > 63) {
            throw new IllegalArgumentException("expected " + key + "N, N a whole number up to " + Long.MAX_VALUE);
        }
        return Long.parseLong(digits);
    }
}
