package dev.poolscope.analysis.capture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The algorithms a pool's allocations ran, for a report: each symbol once, in order of first use,
 * with its data when it had one value ({@code gen_pool_first_fit_align align=256}), else how many
 * ({@code gen_pool_fixed_alloc (312 offset values)}): a driver that picks an offset per call
 * would otherwise list hundreds.
 */
final class AlgorithmsUsed {

    private final Map<String, Set<String>> dataBySymbol = new LinkedHashMap<>();

    void add(CapturedAlgo algo) {
        dataBySymbol.computeIfAbsent(algo.symbol(), s -> new LinkedHashSet<>()).add(algo.data());
    }

    List<String> described() {
        List<String> described = new ArrayList<>();
        dataBySymbol.forEach((symbol, data) -> described.add(data.size() == 1
                ? new CapturedAlgo(symbol, data.iterator().next()).describe()
                : symbol + " (" + data.size() + " " + key(data) + " values)"));
        return described;
    }

    /** {@code align} or {@code offset}, from the data values; "data" when they differ in kind. */
    private static String key(Set<String> data) {
        Set<String> keys = new LinkedHashSet<>();
        data.forEach(d -> keys.add(d.contains("=") ? d.substring(0, d.indexOf('=')) : "data"));
        return keys.size() == 1 ? keys.iterator().next() : "data";
    }
}
