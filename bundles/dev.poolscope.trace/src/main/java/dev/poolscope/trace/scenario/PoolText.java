package dev.poolscope.trace.scenario;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.AlgorithmText;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.ByteCount;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's {@code pool:} entry: its indented lines {@code order N}, one {@code chunk START SIZE}
 * per chunk in order of addition, {@code algorithm TEXT} (as the core describes algorithms) and
 * {@code variant ID}.
 */
final class PoolText {

    /** The settings given once; {@code chunk} is given once per chunk. */
    private static final List<String> ONCE = List.of("order", "algorithm", "variant");

    /** A setting's line and its value, the text after its first word. */
    private record Setting(Line line, String value) {
    }

    private PoolText() {
    }

    /**
     * The pool; one that cannot exist (chunks that overlap, an algorithm its variant lacks) is told
     * at the entry's line.
     */
    static PoolSpec parse(Entry entry) {
        Map<String, Setting> once = new HashMap<>();
        List<ChunkSpec> chunks = new ArrayList<>();
        for (Line line : entry.items()) {
            String[] words = line.text().split("\\s+", 2);
            if (!ONCE.contains(words[0]) && !words[0].equals("chunk")) {
                throw line.error("unknown pool setting " + Values.quote(words[0])
                        + " (expected order N, chunk START SIZE, algorithm NAME or variant ID)");
            }
            if (words.length < 2) {
                throw line.error("'" + words[0] + "' needs a value");
            }
            if (words[0].equals("chunk")) {
                chunks.add(chunk(line, words[1]));
            } else if (once.containsKey(words[0])) {
                throw line.error("the pool's " + words[0] + " is given twice (first on line "
                        + once.get(words[0]).line().number() + ")");
            } else {
                once.put(words[0], new Setting(line, words[1]));
            }
        }
        for (String setting : ONCE) {
            if (!once.containsKey(setting)) {
                throw missing(entry, setting);
            }
        }
        if (chunks.isEmpty()) {
            throw missing(entry, "chunk");
        }
        Setting order = once.get("order");
        Setting algorithm = once.get("algorithm");
        Setting variant = once.get("variant");
        int minAllocOrder = Values.whole(order.line(), "the order", order.value());
        Algorithm algo = algorithm(algorithm);
        Variant id = variant.line().checked(() -> Variant.byId(variant.value()));
        return entry.head().checked(() -> new PoolSpec(minAllocOrder, chunks, algo, id));
    }

    /** The pool's indented lines, as {@link #parse} reads them. */
    static List<String> write(PoolSpec pool) {
        List<String> lines = new ArrayList<>();
        lines.add("order " + pool.minAllocOrder());
        for (ChunkSpec chunk : pool.chunks()) {
            lines.add("chunk " + Values.address(chunk.start()) + " " + ByteCount.format(chunk.size()));
        }
        lines.add("algorithm " + pool.algorithm().describe());
        lines.add("variant " + pool.variant().id());
        return lines;
    }

    private static ScenarioFormatException missing(Entry entry, String setting) {
        return entry.head().error("the pool has no '" + setting
                + "' line (a pool needs order, at least one chunk, algorithm and variant)");
    }

    /** The algorithm as the core reads its description; the core's message says what it expected. */
    private static Algorithm algorithm(Setting setting) {
        try {
            return AlgorithmText.parse(setting.value());
        } catch (IllegalArgumentException e) {
            throw setting.line().error("algorithm " + Values.quote(setting.value()) + ": " + e.getMessage());
        }
    }

    private static ChunkSpec chunk(Line line, String value) {
        String[] parts = value.split("\\s+");
        if (parts.length != 2) {
            throw line.error("expected chunk START SIZE, such as chunk 0x10000000 4KiB, got "
                    + Values.quote(line.text()));
        }
        long start = Values.address(line, parts[0]);
        long size = Values.bytes(line, parts[1]);
        return line.checked(() -> new ChunkSpec(start, size));
    }
}
