package dev.poolscope.analysis.compare;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One algorithm under one variant, named as the command line takes it:
 * {@code ALGORITHM[:BYTES][@VARIANT]} with ALGORITHM one of {@value #ALGORITHMS}; {@code first-fit-align}
 * takes its alignment in bytes (default {@value #DEFAULT_ALIGN_UNITS} units), {@code fixed} its offset
 * from each chunk's start in bytes (default 0); the variant is mainline unless named
 * ({@code first-fit@v4-patch}). The canonical name writes the parameter out, so two contenders
 * that differ have different names.
 *
 * @param name      the canonical name, e.g. {@code first-fit-align:128}, {@code first-fit@v4-patch}
 * @param algorithm the allocator's algorithm
 * @param variant   the allocator's variant
 */
public record Contender(String name, Algorithm algorithm, Variant variant) {

    /** The algorithm names a contender may start with. */
    public static final String ALGORITHMS = "first-fit, first-fit-align, fixed, order-align, best-fit";

    /** first-fit-align's alignment when none is given, in units of the pool's order. */
    public static final int DEFAULT_ALIGN_UNITS = 4;

    public Contender {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(variant, "variant");
    }

    /**
     * The contender {@code text} names, for a pool of unit order {@code order} (the default alignment's unit).
     *
     * @throws IllegalArgumentException naming the text and what is wrong: an unknown algorithm or
     *                                  variant, a bad parameter, a variant that lacks the algorithm
     */
    public static Contender parse(String text, int order) {
        String spec = text.trim();
        int at = spec.indexOf('@');
        Variant variant = at < 0 ? Variant.MAINLINE : Variant.byId(spec.substring(at + 1));
        String algorithmText = at < 0 ? spec : spec.substring(0, at);
        int colon = algorithmText.indexOf(':');
        String base = colon < 0 ? algorithmText : algorithmText.substring(0, colon);
        String parameter = colon < 0 ? null : algorithmText.substring(colon + 1);
        Algorithm algorithm = switch (base) {
            case "first-fit" -> withoutParameter(Algorithm.firstFit(), text, parameter);
            case "first-fit-align" -> Algorithm.firstFitAlign(parameter == null ? (long) DEFAULT_ALIGN_UNITS << order
                    : alignment(text, parameter));
            case "fixed" -> Algorithm.fixedOffset(parameter == null ? 0 : bytes(text, parameter));
            case "order-align" -> withoutParameter(Algorithm.firstFitOrderAlign(), text, parameter);
            case "best-fit" -> withoutParameter(Algorithm.bestFit(), text, parameter);
            default -> throw new IllegalArgumentException("unknown algorithm '" + base + "' in '" + text
                    + "' (expected one of: " + ALGORITHMS + ")");
        };
        Contender contender = new Contender(nameOf(algorithm, variant), algorithm, variant);
        try {
            // the core knows which algorithms a variant has: ask an empty pool, as PoolSpec does
            GenPool.create(order, variant).setAlgorithm(algorithm);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
        return contender;
    }

    /** Contenders from a comma-separated list, e.g. {@code "first-fit,best-fit,first-fit@v4-patch"}. */
    public static List<Contender> parseList(String list, int order) {
        List<Contender> contenders = new ArrayList<>();
        for (String text : list.split(",", -1)) {
            Contender contender = parse(text, order);
            if (contenders.stream().anyMatch(c -> c.name.equals(contender.name))) {
                throw new IllegalArgumentException("'" + text.trim() + "' is listed twice (as " + contender.name + ")");
            }
            contenders.add(contender);
        }
        return contenders;
    }

    /**
     * Every algorithm on mainline, and first-fit on the v4 patch (its only algorithm). Pre-patch is
     * left out: single-threaded it takes the same bits as mainline (the locks change only who waits),
     * so its rows would repeat mainline's; name {@code @pre-patch} to see that.
     */
    public static List<Contender> defaults(int order) {
        return parseList("first-fit,first-fit-align,fixed,order-align,best-fit,first-fit@v4-patch", order);
    }

    /** The contender that replays on {@code spec} as it is: its algorithm and variant, named as {@link #parse} reads. */
    public static Contender of(PoolSpec spec) {
        return new Contender(nameOf(spec.algorithm(), spec.variant()), spec.algorithm(), spec.variant());
    }

    /** {@code spec}'s own contender first, then each of {@link #defaults} with another name. */
    public static List<Contender> withDefaults(PoolSpec spec) {
        Contender own = of(spec);
        List<Contender> all = new ArrayList<>(List.of(own));
        defaults(spec.minAllocOrder()).stream().filter(c -> !c.name().equals(own.name())).forEach(all::add);
        return all;
    }

    /** {@code spec}'s pool with this contender's algorithm and variant. */
    public PoolSpec on(PoolSpec spec) {
        return new PoolSpec(spec.minAllocOrder(), spec.chunks(), algorithm, variant);
    }

    private static Algorithm withoutParameter(Algorithm algorithm, String text, String parameter) {
        if (parameter != null) {
            throw new IllegalArgumentException("'" + text + "': " + nameOf(algorithm, Variant.MAINLINE) + " takes no parameter");
        }
        return algorithm;
    }

    private static long alignment(String text, String parameter) {
        long align = bytes(text, parameter);
        if (Long.bitCount(align) != 1) {
            throw new IllegalArgumentException("'" + text + "': the alignment " + align + " is not a power of two");
        }
        return align;
    }

    private static long bytes(String text, String parameter) {
        if (!parameter.matches("[0-9]{1,18}")) {
            throw new IllegalArgumentException("'" + text + "': '" + parameter + "' is not a number of bytes");
        }
        return Long.parseLong(parameter);
    }

    private static String nameOf(Algorithm algorithm, Variant variant) {
        String base = switch (algorithm.name()) {
            case "first_fit" -> "first-fit";
            case "first_fit_align" -> "first-fit-align:" + parameterOf(algorithm);
            case "fixed" -> "fixed:" + parameterOf(algorithm);
            case "first_fit_order_align" -> "order-align";
            case "best_fit" -> "best-fit";
            default -> throw new IllegalArgumentException("no contender name for " + algorithm.describe());
        };
        return variant == Variant.MAINLINE ? base : base + "@" + variant.id();
    }

    /** The bytes in an algorithm's description, "first_fit_align align=128" → "128". */
    private static String parameterOf(Algorithm algorithm) {
        String describe = algorithm.describe();
        return describe.substring(describe.indexOf('=') + 1);
    }
}
