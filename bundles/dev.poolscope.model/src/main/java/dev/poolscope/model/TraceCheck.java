package dev.poolscope.model;

import dev.poolscope.core.GenPool;
import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.UnitRuns;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays a whole trace on its own, without the model's indexes, and checks what every run of the
 * allocator must satisfy:
 * <ul>
 * <li>a CAS succeeded exactly when it witnessed the value it expected;</li>
 * <li>a rollback clears exactly the bits its partial set had set;</li>
 * <li>every event fits the pool its header describes ({@link EventRules}), and every alloc and free
 *     that begins ends, with the same size or address;</li>
 * <li>no two live allocations ever overlap, and every free names a live allocation;</li>
 * <li>units set at the start (the header's start state) are live from the first event, held since
 *     before the trace: an allocation may not overlap them, and a free of any of them is a valid free
 *     (of part of a run too, as the kernel frees one of the allocations a run is made of);</li>
 * <li>a LABEL comes inside an operation of its thread;</li>
 * <li>at the end, each chunk's bitmap (successful CASes and stores applied as bit changes) holds
 *     exactly the bits of the live allocations, its {@code avail} (the deltas applied to the chunk
 *     size) is the size minus their rounded bytes, and the model rebuilds the same bitmaps.</li>
 * </ul>
 * The order of allocation and free events is causal even in real-thread recordings: a free's
 * begin is numbered before its clearing CAS, which precedes the set of whoever takes the bits,
 * which precedes that allocation's end.
 *
 * <p>The rule for passing: the trace holds events, every operation it begins ends (a recording,
 * interrupted or not, ends every operation it starts), and no invariant is broken. An empty trace
 * fails ("the trace holds no events"), as does one that ends inside an operation ("the trace ends
 * inside T1's alloc ..."): such a trace lost its end, and a check of what is left proves nothing.
 */
public final class TraceCheck {

    /** How many violations a report spells out; all are counted. */
    public static final int DESCRIBED = 20;

    private final TraceHeader header;
    private final EventRules rules;
    private final OpenOperations operations = new OpenOperations();
    private final int order;
    private final long[][] words;
    private final long[] avail;
    /**
     * Live allocations by unsigned address: start to last byte (inclusive, so that an allocation ending
     * at the top of the address space does not wrap to 0), with the allocating thread.
     */
    private final TreeMap<Long, long[]> live = new TreeMap<>(Long::compareUnsigned);
    private final Map<Integer, Event> lastPartialSet = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private long violationCount;

    private TraceCheck(TraceHeader header, PoolGeometry geometry) {
        this.header = header;
        this.rules = new EventRules(geometry, header.threads());
        this.order = header.minAllocOrder();
        this.words = new long[header.chunks().size()][];
        this.avail = new long[header.chunks().size()];
        for (ChunkGeometry chunk : header.chunks()) {
            words[chunk.id()] = geometry.startWords(chunk.id());
            avail[chunk.id()] = geometry.startAvail(chunk.id());
            UnitRuns runs = geometry.startRuns(chunk.id());
            for (int run = 0; run < runs.count(); run++) {
                holdFromStart(geometry.addressOf(chunk.id(), runs.start(run)), runs.length(run));
            }
        }
    }

    /** Units set at the start, {@code units} of them from {@code address}: live, held by no thread (-1). */
    private void holdFromStart(long address, long units) {
        live.put(address, new long[] {address + (units << order) - 1, -1});
    }

    /**
     * Checks {@code trace} against the run invariants and against {@code model}'s state at its last event.
     *
     * @param complete false for a damaged trace (events lost): the end-of-run checks (bitmaps, avails,
     *                 open operations) are then skipped, since lost events would show as false violations
     * @return the violations found, described (at most {@value #DESCRIBED}) and counted
     */
    public static CheckResult run(Trace trace, ReplayModel model, boolean complete) throws IOException {
        TraceCheck check = new TraceCheck(trace.header(), PoolGeometry.of(trace.header()));
        long events = 0;
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                check.accept(event);
                events++;
            }
        }
        if (events == 0) {
            check.noteViolation("the trace holds no events: there is no run to check");
        } else if (complete) {
            check.operations.atEnd().forEach(open -> check.noteViolation("at the end: " + open));
            check.checkEnd(model);
        }
        return new CheckResult(check.violationCount, List.copyOf(check.violations));
    }

    /** Checks {@code event} against the pool, then applies it, unless it cannot fit the pool at all. */
    private void accept(Event event) {
        String unreplayable = rules.unreplayable(event);
        String problem = unreplayable != null ? unreplayable : rules.implausible(event);
        if (problem != null) {
            violation(event, problem);
        } else {
            String pairing = operations.accept(event);
            if (pairing != null) {
                violation(event, pairing);
            }
            apply(event);
        }
    }

    private void apply(Event event) {
        switch (event.kind()) {
            case CAS -> checkCas(event);
            case WORD_STORE -> words[event.chunk()][(int) event.p0()] ^= event.p1() ^ event.p2();
            case PARTIAL_SET -> lastPartialSet.put(event.thread(), event);
            case ROLLBACK -> checkRollback(event);
            case AVAIL_CHANGE -> avail[event.chunk()] += event.p0();
            case ALLOC_END -> allocated(event);
            case FREE_BEGIN -> freed(event);
            default -> {
            }
        }
    }

    private void checkCas(Event cas) {
        boolean matched = cas.p3() == cas.p1();
        if (matched != cas.casSucceeded()) {
            violation(cas, "a CAS that " + (matched ? "witnessed" : "did not witness") + " its expected value "
                    + (cas.casSucceeded() ? "succeeded" : "failed"));
        }
        if (cas.casSucceeded()) {
            words[cas.chunk()][(int) cas.p0()] ^= cas.p1() ^ cas.p2();
        }
    }

    private void checkRollback(Event rollback) {
        Event partial = lastPartialSet.remove(rollback.thread());
        if (partial == null || partial.chunk() != rollback.chunk() || partial.p0() != rollback.p0()
                || partial.p1() - partial.p2() != rollback.p1()) {
            violation(rollback, "the rollback does not undo what the thread's partial set had set"
                    + (partial == null ? " (no partial set before it)" : " (" + partial + ")"));
        }
    }

    private void allocated(Event end) {
        long address = end.p1();
        if (address != 0) {
            long last = address + (GenPool.bitsFor(end.p0(), order) << order) - 1;
            Map.Entry<Long, long[]> below = live.floorEntry(address);
            Map.Entry<Long, long[]> above = live.ceilingEntry(address);
            if (below != null && Long.compareUnsigned(below.getValue()[0], address) >= 0) {
                violation(end, String.format("allocation 0x%x overlaps %s at 0x%x", address, holder(below.getValue()),
                        below.getKey()));
            } else if (above != null && Long.compareUnsigned(above.getKey(), last) <= 0) {
                violation(end, String.format("allocation 0x%x overlaps %s at 0x%x", address, holder(above.getValue()),
                        above.getKey()));
            }
            live.put(address, new long[] {last, end.thread()});
        }
    }

    private static String holder(long[] allocation) {
        return allocation[1] < 0 ? "the units set at the start (held since before the trace)"
                : "T" + allocation[1] + "'s live allocation";
    }

    /**
     * A free may name any address in its allocation's first unit (the kernel accepts it); of units
     * set at the start, any units of a run, whose other units stay held.
     */
    private void freed(Event begin) {
        Map.Entry<Long, long[]> holder = live.floorEntry(begin.p0());
        if (holder == null || Long.compareUnsigned(holder.getValue()[0], begin.p0()) < 0) {
            violation(begin, String.format("free of 0x%x, which is in no live allocation", begin.p0()));
        } else if (holder.getValue()[1] >= 0) {
            live.remove(holder.getKey());
        } else {
            freedFromStart(begin, holder.getKey(), holder.getValue()[0]);
        }
    }

    /** A free of units of the start-state run {@code [start, last]}: what it leaves before and after stays held. */
    private void freedFromStart(Event begin, long start, long last) {
        long first = start + (((begin.p0() - start) >>> order) << order);
        long end = first + (GenPool.bitsFor(begin.p1(), order) << order); // the byte after the freed units
        if (Long.compareUnsigned(end - 1, last) > 0) {
            violation(begin, String.format("free of %d bytes at 0x%x runs past the units set at the start at 0x%x"
                    + " (%d bytes)", begin.p1(), begin.p0(), start, last - start + 1));
            return;
        }
        live.remove(start);
        if (first != start) {
            holdFromStart(start, (first - start) >>> order);
        }
        if (end - 1 != last) {
            holdFromStart(end, (last - end + 1) >>> order);
        }
    }

    /** The bitmaps and avails the live allocations imply, against the replay and the model. */
    private void checkEnd(ReplayModel model) throws IOException {
        long[][] expected = new long[words.length][];
        long[] expectedAvail = new long[words.length];
        for (ChunkGeometry chunk : header.chunks()) {
            expected[chunk.id()] = new long[words[chunk.id()].length];
            expectedAvail[chunk.id()] = chunk.size();
        }
        for (Map.Entry<Long, long[]> allocation : live.entrySet()) {
            markLive(allocation.getKey(), allocation.getValue()[0], expected, expectedAvail);
        }
        PoolState last = model.eventCount() == 0 ? null : model.stateAt(model.lastSeq());
        for (ChunkGeometry chunk : header.chunks()) {
            int id = chunk.id();
            if (!Arrays.equals(expected[id], words[id])) {
                noteViolation(describe(id, "the replayed bitmap is not the bits of the live allocations", expected[id], words[id]));
            }
            if (last != null && !Arrays.equals(words[id], last.words(id))) {
                noteViolation(describe(id, "the model's bitmap at the last event differs from a plain replay", words[id], last.words(id)));
            }
            if (avail[id] != expectedAvail[id]) {
                noteViolation(String.format("at the end: chunk %d avail is %d, but size minus live rounded bytes is %d",
                        id, avail[id], expectedAvail[id]));
            }
        }
    }

    private void markLive(long start, long last, long[][] bitmaps, long[] availOf) {
        for (ChunkGeometry chunk : header.chunks()) {
            if (Long.compareUnsigned(start - chunk.start(), chunk.size()) < 0) {
                long first = (start - chunk.start()) >>> order;
                long count = (last - start + 1) >>> order;
                for (long bit = first; bit < first + count && bit < (chunk.size() >>> order); bit++) {
                    bitmaps[chunk.id()][(int) (bit >>> 6)] |= 1L << bit;
                }
                availOf[chunk.id()] -= last - start + 1;
            }
        }
    }

    private static String describe(int chunk, String problem, long[] expected, long[] actual) {
        int word = 0;
        while (word < expected.length && expected[word] == actual[word]) {
            word++;
        }
        return String.format("at the end: chunk %d: %s (first at word %d: 0x%x instead of 0x%x)",
                chunk, problem, word, actual[word], expected[word]);
    }


    private void violation(Event event, String problem) {
        noteViolation("event #" + event.seq() + " (" + event + "): " + problem);
    }

    /** A violation described in full: counted always, spelled out while fewer than {@value #DESCRIBED} are. */
    private void noteViolation(String described) {
        violationCount++;
        if (violations.size() < DESCRIBED) {
            violations.add(described);
        }
    }

    /** What a check found: every violation counted, the first ones described. */
    public record CheckResult(long violationCount, List<String> violations) {

        public boolean passed() {
            return violationCount == 0;
        }
    }
}
