package dev.poolscope.trace.workload;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.PoolLimits;
import dev.poolscope.core.Variant;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the one-line form of a workload, as {@link Workload#parse} describes it. */
final class WorkloadText {

    private static final List<String> KEYS = List.of("threads", "ops", "duration", "fill", "mix", "sizes", "order",
            "chunks", "algo", "variant", "seed");
    private static final List<String> POOL_KEYS = List.of("order", "chunks", "algo", "variant");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)");
    private static final Pattern RANGE = Pattern.compile("([^.]+)\\.\\.([^.]+)");
    private static final Pattern CHUNKS = Pattern.compile("(?:(\\d+)\\*)?([^@]+)@(.+)");
    private static final Pattern MIX = Pattern.compile("(\\d{1,3})/(\\d{1,3})");

    private WorkloadText() {
    }

    static String format(Workload w) {
        return "threads=" + w.threads()
                + (w.length() instanceof RunLength.Ops ops ? " ops=" + ops.perThread()
                        : " duration=" + formatDuration(((RunLength.Timed) w.length()).duration()))
                + " fill=" + BigDecimal.valueOf(w.fill()).stripTrailingZeros().toPlainString()
                + " mix=" + w.allocPercent() + "/" + (100 - w.allocPercent())
                + " sizes=" + formatSizes(w.sizes())
                + " order=" + w.pool().minAllocOrder()
                + " chunks=" + formatChunks(w.pool().chunks())
                + " algo=" + formatAlgorithm(w.pool().algorithm())
                + " variant=" + w.pool().variant().id()
                + " seed=" + w.seed();
    }

    static Workload parse(String text) {
        Map<String, String> tokens = tokens(text);
        Workload standard = Workload.standard();
        if (tokens.containsKey("ops") && tokens.containsKey("duration")) {
            throw new WorkloadFormatException(tokens.get("ops") + " " + tokens.get("duration"),
                    "give ops or duration, not both");
        }
        int threads = value(tokens, "threads", standard.threads(), v -> Workload.checkThreads(intNumber(v, "threads")));
        RunLength length = value(tokens, "ops", standard.length(), v -> new RunLength.Ops(number(v, "ops")));
        length = value(tokens, "duration", length, v -> new RunLength.Timed(duration(v)));
        double fill = value(tokens, "fill", standard.fill(), v -> Workload.checkFill(fraction(v)));
        int allocPercent = value(tokens, "mix", standard.allocPercent(), WorkloadText::mix);
        SizeDistribution sizes = value(tokens, "sizes", standard.sizes(), WorkloadText::sizes);
        PoolSpec pool = pool(tokens, standard.pool());
        long seed = value(tokens, "seed", standard.seed(), v -> number(v, "seed"));
        return new Workload(threads, length, fill, allocPercent, sizes, pool, seed);
    }

    /** The tokens by key, each token whole ("threads=4"), after checking keys. */
    private static Map<String, String> tokens(String text) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String token : text.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            int equals = token.indexOf('=');
            if (equals <= 0) {
                throw new WorkloadFormatException(token, "expected key=value");
            }
            String key = token.substring(0, equals);
            if (!KEYS.contains(key)) {
                throw new WorkloadFormatException(token, "unknown key '" + key + "' (known keys: "
                        + String.join(", ", KEYS) + ")");
            }
            if (tokens.containsKey(key)) {
                throw new WorkloadFormatException(token, "'" + key + "' is given twice");
            }
            tokens.put(key, token);
        }
        return tokens;
    }

    /** The value of {@code key} read by {@code reader}, or {@code otherwise} when the key is not given. */
    private static <T> T value(Map<String, String> tokens, String key, T otherwise, Function<String, T> reader) {
        String token = tokens.get(key);
        T value = otherwise;
        if (token != null) {
            try {
                value = reader.apply(token.substring(key.length() + 1));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new WorkloadFormatException(token, e.getMessage());
            }
        }
        return value;
    }

    private static PoolSpec pool(Map<String, String> tokens, PoolSpec standard) {
        int order = value(tokens, "order", standard.minAllocOrder(), v -> intNumber(v, "order"));
        List<ChunkSpec> chunks = value(tokens, "chunks", standard.chunks(), WorkloadText::chunks);
        Algorithm algorithm = value(tokens, "algo", standard.algorithm(), WorkloadText::algorithm);
        Variant variant = value(tokens, "variant", standard.variant(), Variant::byId);
        try {
            return new PoolSpec(order, chunks, algorithm, variant);
        } catch (IllegalArgumentException e) {
            List<String> given = new ArrayList<>();
            POOL_KEYS.stream().filter(tokens::containsKey).forEach(k -> given.add(tokens.get(k)));
            throw new WorkloadFormatException(String.join(" ", given), e.getMessage());
        }
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + text + "'");
        }
    }

    private static int intNumber(String text, String what) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + text + "'");
        }
    }

    private static double fraction(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a fraction such as 0.5, got '" + text + "'");
        }
    }

    private static int mix(String text) {
        Matcher m = MIX.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) != 100) {
            throw new IllegalArgumentException("expected ALLOC/FREE percentages that add up to 100, such as 70/30");
        }
        return Integer.parseInt(m.group(1));
    }

    private static Duration duration(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a duration such as 500ms, 10s or 2m, got '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        if (amount == 0) {
            throw new IllegalArgumentException("a duration must be positive, got '" + text + "'");
        }
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    private static String formatDuration(Duration duration) {
        long millis = duration.toMillis();
        return millis % 60_000 == 0 ? millis / 60_000 + "m" : millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static SizeDistribution sizes(String text) {
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String rest = text.substring(colon + 1);
        return switch (kind) {
            case "uniform" -> new SizeDistribution.Uniform(rangeStart(rest), rangeEnd(rest));
            case "pow2" -> new SizeDistribution.PowersOfTwo(rangeStart(rest), rangeEnd(rest));
            case "list" -> weighted(rest);
            default -> throw new IllegalArgumentException("unknown size distribution '" + kind
                    + "' (expected uniform:MIN..MAX, pow2:MIN..MAX or list:SIZE[*WEIGHT],...)");
        };
    }

    private static long rangeStart(String text) {
        return ByteCount.parse(range(text).group(1));
    }

    private static long rangeEnd(String text) {
        return ByteCount.parse(range(text).group(2));
    }

    private static Matcher range(String text) {
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size range MIN..MAX, got '" + text + "'");
        }
        return m;
    }

    private static SizeDistribution weighted(String text) {
        List<SizeDistribution.WeightedSize> sizes = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            int star = item.indexOf('*');
            sizes.add(star < 0 ? new SizeDistribution.WeightedSize(ByteCount.parse(item), 1)
                    : new SizeDistribution.WeightedSize(ByteCount.parse(item.substring(0, star)),
                            number(item.substring(star + 1), "a weight")));
        }
        return new SizeDistribution.Weighted(sizes);
    }

    private static String formatSizes(SizeDistribution sizes) {
        String text;
        if (sizes instanceof SizeDistribution.Uniform u) {
            text = "uniform:" + u.min() + ".." + u.max();
        } else if (sizes instanceof SizeDistribution.PowersOfTwo p) {
            text = "pow2:" + p.min() + ".." + p.max();
        } else {
            List<String> items = new ArrayList<>();
            for (SizeDistribution.WeightedSize s : ((SizeDistribution.Weighted) sizes).sizes()) {
                items.add(s.size() + (s.weight() == 1 ? "" : "*" + s.weight()));
            }
            text = "list:" + String.join(",", items);
        }
        return text;
    }

    private static List<ChunkSpec> chunks(String text) {
        List<ChunkSpec> chunks = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            Matcher m = CHUNKS.matcher(item);
            if (!m.matches()) {
                throw new IllegalArgumentException("expected [COUNT*]SIZE@ADDRESS, got '" + item + "'");
            }
            long count = m.group(1) == null ? 1 : number(m.group(1), "a chunk count");
            long size = ByteCount.parse(m.group(2));
            long start = address(m.group(3));
            if (count < 1) {
                throw new IllegalArgumentException("a chunk count must be at least 1, got " + count);
            }
            // checked before the chunks are made, so that a huge count costs nothing
            if (count > PoolLimits.MAX_CHUNKS - chunks.size()) {
                throw new IllegalArgumentException((chunks.size() + count) + " chunks are over the limit of "
                        + PoolLimits.MAX_CHUNKS + " chunks per pool (PoolLimits.MAX_CHUNKS)");
            }
            for (long i = 0; i < count; i++) {
                chunks.add(new ChunkSpec(start + Math.multiplyExact(i, size), size));
            }
        }
        return chunks;
    }

    /** Runs of back-to-back chunks of one size are written as COUNT*SIZE@ADDRESS. */
    private static String formatChunks(List<ChunkSpec> chunks) {
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < chunks.size()) {
            ChunkSpec first = chunks.get(i);
            int count = 1;
            while (i + count < chunks.size() && chunks.get(i + count).size() == first.size()
                    && chunks.get(i + count).start() == first.start() + count * first.size()) {
                count++;
            }
            items.add((count == 1 ? "" : count + "*") + ByteCount.format(first.size()) + "@0x" + Long.toHexString(first.start()));
            i += count;
        }
        return String.join(",", items);
    }

    private static Algorithm algorithm(String text) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        boolean takesBytes = name.equals("first_fit_align") || name.equals("fixed");
        if (takesBytes != (colon >= 0)) {
            throw new IllegalArgumentException(takesBytes ? name + " needs a byte count, as in " + name + ":64"
                    : name + " takes no argument");
        }
        return switch (name) {
            case "first_fit" -> Algorithm.firstFit();
            case "first_fit_align" -> Algorithm.firstFitAlign(ByteCount.parse(text.substring(colon + 1)));
            case "fixed" -> Algorithm.fixedOffset(ByteCount.parse(text.substring(colon + 1)));
            case "first_fit_order_align" -> Algorithm.firstFitOrderAlign();
            case "best_fit" -> Algorithm.bestFit();
            default -> throw new IllegalArgumentException("unknown algorithm '" + name
                    + "' (expected first_fit, first_fit_align:BYTES, fixed:OFFSET, first_fit_order_align, best_fit)");
        };
    }

    /** The kernel name, and the argument after a colon: "first_fit_align align=64" becomes "first_fit_align:64". */
    private static String formatAlgorithm(Algorithm algorithm) {
        String described = algorithm.describe();
        int equals = described.indexOf('=');
        return equals < 0 ? algorithm.name() : algorithm.name() + ":" + described.substring(equals + 1);
    }

    private static long address(String text) {
        try {
            return text.startsWith("0x") ? Long.parseUnsignedLong(text.substring(2), 16) : Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an address such as 0x10000000, got '" + text + "'");
        }
    }
}
