package dev.poolscope.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random and crafted inputs for the fuzz test: workload texts and vector files, built from valid
 * small ones with one to three values made hostile (malformed, out of range, huge, binary, long).
 * Every valid input stays small, so that one that records or runs does so in milliseconds.
 * Pools over the limits and chunks at address 0 are among them: every reader refuses those up front.
 */
final class HostileInputs {

    /** Values no reader should take for a number, a size or a name. */
    static final List<String> HOSTILE = List.of("", "-1", "0", "-0", "+5", "1.5", "NaN", "Infinity", "1e309", "0x", "0xZZ",
            "9".repeat(25), "18446744073709551616", "18446744073709551615", "9223372036854775808", "2147483648",
            "\u0000\u001b[31m", "\u00ff\u00fe", "\u0663", "x".repeat(5000), "1..", "..", "@", "*", ",", "=", "==", ":",
            "64*", "4096*4KiB@0x10000000", "1KiB@0x10000000,1KiB@0x10000000", "4Q", "0KiB", "first_fit_align:0",
            "fixed:-1", "uniform:9..1", "list:", "pow2:3..5", "mainline ", "v4-patch", "best_fit", "0s", "0ms", "61m",
            "4KiB@0", "1@0x0", "64GiB@0", "64GiB@0x10000000", "16GiB@0x100000000", "4097*1KiB@0x10000000",
            "4096*4MiB@0x10000000");

    private static final String[] KEYS = {"threads", "ops", "duration", "fill", "mix", "sizes", "order", "chunks",
        "algo", "variant", "seed"};

    private final Random random;

    HostileInputs(Random random) {
        this.random = random;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A valid value of {@code key} that keeps a run short. */
    private String smallValue(String key) {
        return switch (key) {
            case "threads" -> Integer.toString(1 + random.nextInt(3));
            case "ops" -> Integer.toString(1 + random.nextInt(40));
            case "duration" -> (1 + random.nextInt(20)) + "ms";
            case "fill" -> pick(List.of("0.1", "0.5", "1", "0.999"));
            case "mix" -> pick(List.of("50/50", "100/0", "0/100", "70/30"));
            case "sizes" -> pick(List.of("uniform:1..256", "pow2:32..1024", "list:1,7*3,4096", "uniform:4096..4096"));
            case "order" -> Integer.toString(random.nextInt(13));
            case "chunks" -> pick(List.of("16KiB@0x10000000", "2*8KiB@0x10000000", "4096@0xfffffffffffff000",
                    "1@0x1", "3*100@0x20000001,1MiB@0x40000000"));
            case "algo" -> pick(List.of("first_fit", "best_fit", "first_fit_order_align", "first_fit_align:64",
                    "fixed:0", "fixed:4096"));
            case "variant" -> pick(List.of("mainline", "pre-patch", "v4-patch"));
            default -> Long.toString(random.nextLong());
        };
    }

    /** A value made hostile: from {@link #HOSTILE}, or a small one with a character changed, added or cut. */
    private String hostileValue(String key) {
        String value = smallValue(key);
        return switch (random.nextInt(4)) {
            case 0, 1 -> pick(HOSTILE);
            case 2 -> value.isEmpty() ? "\u0001" : new StringBuilder(value)
                    .insert(random.nextInt(value.length() + 1), (char) random.nextInt(128)).toString();
            default -> value.substring(0, random.nextInt(value.length() + 1));
        };
    }

    /** A workload text of small values with one to three keys made hostile, sometimes a stray token. */
    String workload() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("threads", smallValue("threads"));
        tokens.put("ops", smallValue("ops"));
        tokens.put("chunks", smallValue("chunks"));
        for (int i = random.nextInt(3); i >= 0; i--) {
            String key = KEYS[random.nextInt(KEYS.length)];
            if (key.equals("duration")) {
                tokens.remove("ops");
            }
            boolean hostile = random.nextInt(3) > 0;
            tokens.put(key, hostile && !key.equals("ops") && !key.equals("duration") ? hostileValue(key)
                    : hostile ? pick(List.of("0", "-1", "x", "99999999999999999999", "0s", "5h", "")) : smallValue(key));
        }
        List<String> words = new ArrayList<>();
        tokens.forEach((key, value) -> words.add(key + "=" + value));
        if (random.nextInt(5) == 0) {
            words.add(random.nextInt(words.size() + 1), pick(List.of("threads=2", "bogus=1", "=", "ops", "\u0000", "a=b=c")));
        }
        return String.join(" ", words);
    }

    /** The lines of a small vector file that passes. */
    static List<String> validVectorLines() {
        return new ArrayList<>(List.of("# a small pool", "pool min_alloc_order=5", "add virt=0x10000 phys=0x0 size=4096 owner=7",
                "alloc 32 -> 0x10000", "alloc_owner 64 -> 0x10020 owner=7", "avail -> 4000", "has_addr 0x10000 32 -> 1",
                "virt_to_phys 0x10010 -> 0x10", "algo first_fit_align align=128", "alloc 32 -> 0x10080",
                "free 0x10000 32", "free_owner 0x10020 64 -> owner=7", "size -> 4096", "free 0x10080 32", "destroy"));
    }

    /** A vector file of valid lines with one to three mutations: tokens made hostile, lines added, cut or dropped. */
    byte[] vectorFile() {
        if (random.nextInt(20) == 0) {
            byte[] noise = new byte[random.nextInt(3000)];
            random.nextBytes(noise);
            return noise;
        }
        List<String> lines = validVectorLines();
        for (int i = random.nextInt(3); i >= 0; i--) {
            int at = random.nextInt(lines.size());
            String[] tokens = lines.get(at).split(" ", -1);
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> lines.set(at, lines.get(at).substring(0, random.nextInt(lines.get(at).length() + 1)));
                default -> {
                    int token = random.nextInt(tokens.length);
                    int equals = tokens[token].indexOf('=');
                    String value = pick(HOSTILE);
                    tokens[token] = equals < 0 ? value : tokens[token].substring(0, equals + 1) + value;
                    lines.set(at, String.join(" ", tokens));
                }
            }
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}
