package dev.poolscope.analysis;

import dev.poolscope.analysis.failure.TraceFailures;
import dev.poolscope.analysis.fragmentation.ExtentStats;
import dev.poolscope.analysis.fragmentation.LiveRequestWaste;
import dev.poolscope.analysis.fragmentation.PoolExtents;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A trace's fragmentation state after the events taken so far, kept up to date one event at a time:
 * the pool's free extents, the failed allocations with their reasons, the internal fragmentation
 * of the live requests, and the contention (CAS attempts and failures per thread and per word). The series of a trace take it in their one pass; a single event's metrics
 * ({@link #after}) take it up to there.
 */
public final class FragmentationState {

    /**
     * The request sizes n (units) of S(n), U(n) and FI(n) by default: a single unit, and requests of 8,
     * 64 and 512 units, from small objects to buffers that only long extents hold.
     */
    static final long[] DEFAULT_REQUEST_UNITS = {1, 8, 64, 512};

    private final PoolExtents extents;
    private final TraceFailures failures;
    private final LiveRequestWaste waste;
    private final ContentionCounter contention;

    /**
     * The state before the first event of a trace with {@code header}: its start state (clear
     * bitmaps for a recording from a new pool), no failure, no contention.
     */
    public FragmentationState(TraceHeader header, long[] requestUnits) {
        this.extents = new PoolExtents(header, requestUnits);
        this.failures = new TraceFailures(header, extents);
        this.waste = new LiveRequestWaste(header);
        this.contention = new ContentionCounter(header);
    }

    /** The request sizes by default: 1, 8, 64 and 512 units. */
    public static long[] defaultRequestUnits() {
        return DEFAULT_REQUEST_UNITS.clone();
    }

    /**
     * The state after event {@code seq} of {@code trace} (every event numbered up to it).
     *
     * @throws IllegalArgumentException when {@code seq} is not in {@code 0..trace.lastSeq()}
     * @throws IOException when the trace cannot be read
     */
    public static FragmentationState after(Trace trace, long seq, long[] requestUnits) throws IOException {
        if (seq < 0 || seq > trace.lastSeq()) {
            throw new IllegalArgumentException("event " + seq + " is not in the trace, whose events are numbered 0.."
                    + trace.lastSeq());
        }
        FragmentationState state = new FragmentationState(trace.header(), requestUnits);
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null && event.seq() <= seq; event = cursor.next()) {
                state.accept(event);
            }
        }
        return state;
    }

    /** Takes the next event. */
    public void accept(Event event) {
        extents.accept(event);
        failures.accept(event);
        waste.accept(event);
        contention.accept(event);
    }

    /** The contention of the events taken so far: a copy, which later events leave as it is. */
    public TraceContention contention() {
        return contention.result();
    }

    /** The pool's free extents, and through it each chunk's. */
    public PoolExtents extents() {
        return extents;
    }

    /** The failed allocations so far and their reasons. */
    public TraceFailures failures() {
        return failures;
    }

    /** The metrics now, standing for event {@code seq}. */
    public FragmentationSnapshot snapshot(long seq) {
        List<ExtentStats> chunks = new ArrayList<>();
        for (int chunk = 0; chunk < extents.chunkCount(); chunk++) {
            chunks.add(extents.chunk(chunk).stats());
        }
        return new FragmentationSnapshot(seq, chunks, waste.bytes(), failures.countsByReason());
    }

    /** Internal fragmentation of the live requests, in bytes. */
    public long internalBytes() {
        return waste.bytes();
    }
}
