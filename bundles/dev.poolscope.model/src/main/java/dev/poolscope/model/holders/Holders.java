package dev.poolscope.model.holders;

import dev.poolscope.model.AllocationSpan;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.BitOwner;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who holds the pool after an event: one {@link Holder} per caller (an allocation's label), per
 * thread for allocations without one ("T3"), and one for the start state ("before the trace"),
 * sorted by bytes held, most first, ties by name. Built from the allocations live then, one pass.
 */
public final class Holders {

    /** The holder of the units set when the trace began, which no thread of it allocated. */
    public static final String BEFORE_THE_TRACE = "before the trace";

    /** Most bytes first; equal bytes by name, so the order never depends on the allocations' order. */
    static final Comparator<Holder> ORDER = Comparator.comparingLong(Holder::bytes).reversed()
            .thenComparing(Holder::name);

    private Holders() {
    }

    /** The holders after event {@code seq} of {@code model}. */
    public static List<Holder> at(ReplayModel model, long seq) {
        return of(model.header(), model.allocations().liveAt(seq));
    }

    /** The holders of the allocations {@code live} of a trace with {@code header}. */
    public static List<Holder> of(TraceHeader header, List<AllocationSpan> live) {
        Map<String, long[]> sums = new LinkedHashMap<>(); // name: {bytes, requested, allocations}
        for (AllocationSpan span : live) {
            long[] sum = sums.computeIfAbsent(nameOf(header, span), name -> new long[3]);
            sum[0] += span.nbits() << header.minAllocOrder();
            sum[1] += span.size();
            sum[2]++;
        }
        long poolBytes = header.chunks().stream().mapToLong(ChunkGeometry::size).sum();
        List<Holder> rows = new ArrayList<>(sums.size());
        sums.forEach((name, sum) -> rows.add(new Holder(name, sum[0], sum[1], (int) sum[2],
                poolBytes == 0 ? 0 : (double) sum[0] / poolBytes)));
        rows.sort(ORDER);
        return rows;
    }

    /** The holder of {@code span}: its caller, else its thread, else (start state) {@link #BEFORE_THE_TRACE}. */
    public static String nameOf(TraceHeader header, AllocationSpan span) {
        return name(span.heldSinceStart(), header.label(span.label()), span.thread());
    }

    /** The holder of the bit {@code owner} owns, named as {@link #nameOf(TraceHeader, AllocationSpan)} does. */
    public static String nameOf(BitOwner owner) {
        return name(owner.heldSinceStart(), owner.label(), owner.thread());
    }

    private static String name(boolean sinceStart, String label, int thread) {
        if (sinceStart) {
            return BEFORE_THE_TRACE;
        }
        return label.isEmpty() ? "T" + thread : label;
    }
}
