package dev.poolscope.model.holders;

import dev.poolscope.model.AllocationIndex;
import dev.poolscope.model.AllocationSpan;
import dev.poolscope.trace.TraceHeader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The holders of a trace ranked once for all its events, so a holder keeps its colour while the
 * user steps: by the bytes (units times the unit) all its allocations took over the whole trace,
 * most first, ties by name; the start state is not ranked (it has a colour of its own).
 */
public final class CallerRanking {

    private CallerRanking() {
    }

    /** Every holder of {@code allocations} but the start state, most bytes allocated over the trace first. */
    public static List<String> overTrace(TraceHeader header, AllocationIndex allocations) {
        Map<String, Long> bytes = new HashMap<>();
        for (int i = 0; i < allocations.size(); i++) {
            AllocationSpan span = allocations.get(i);
            if (!span.heldSinceStart()) {
                bytes.merge(Holders.nameOf(header, span), span.nbits() << header.minAllocOrder(), Long::sum);
            }
        }
        return bytes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }
}
