package dev.poolscope.analysis.capture;

import dev.poolscope.core.Algorithm;

import java.util.Optional;

/**
 * An algorithm as a capture names it: the kernel symbol ({@code gen_pool_best_fit}) and the data
 * its pointer held ({@code align=N}, {@code offset=N}, or {@code -}).
 */
public record CapturedAlgo(String symbol, String data) {

    /** The data of an algorithm that reads none, or of a NULL data pointer. */
    public static final String NO_DATA = "-";

    /** The symbol, and the data when there is any: {@code gen_pool_first_fit_align align=64}. */
    public String describe() {
        return data.equals(NO_DATA) ? symbol : symbol + " " + data;
    }

    /**
     * The core algorithm that does what this one does, or empty when there is none: an unknown
     * symbol, an align or fixed algorithm without its data, or data the algorithm cannot take
     * (an alignment that is not a power of two).
     */
    public Optional<Algorithm> replayable() {
        try {
            return Optional.ofNullable(switch (symbol) {
                case "gen_pool_first_fit" -> Algorithm.firstFit();
                case "gen_pool_first_fit_order_align" -> Algorithm.firstFitOrderAlign();
                case "gen_pool_best_fit" -> Algorithm.bestFit();
                case "gen_pool_first_fit_align" -> data.startsWith("align=") ? Algorithm.firstFitAlign(value()) : null;
                case "gen_pool_fixed_alloc" -> data.startsWith("offset=") ? Algorithm.fixedOffset(value()) : null;
                default -> null;
            });
        } catch (IllegalArgumentException e) { // data the core algorithm refuses, e.g. align=24
            return Optional.empty();
        }
    }

    private long value() {
        return Long.parseLong(data.substring(data.indexOf('=') + 1));
    }
}
