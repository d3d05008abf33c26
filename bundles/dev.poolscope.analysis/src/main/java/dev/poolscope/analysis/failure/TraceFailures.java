package dev.poolscope.analysis.failure;

import dev.poolscope.analysis.fragmentation.PoolExtents;
import dev.poolscope.core.GenPool;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The failed allocations of a trace, each with its reason, found in the pass that reads it. At each
 * ALLOC_BEGIN the thread's request and the pool's F and L (O(1) from the extents) are kept; an
 * ALLOC_END with address 0 is a failure classified from them. Whether the algorithm would have found
 * a place in the begin state is, for first-fit and best-fit, L &ge; n; for the others (aligned,
 * fixed, the v4 patch) it is asked of the real allocator on the begin state, which is rebuilt only
 * then (and only when some word changed during the search, else the search itself failed on it): from
 * the words now, undoing the word changes logged since that begin. Changes are logged only
 * while some thread is in a search that may need this (L &ge; n at its begin), so a trace of searches
 * that never need it logs nothing.
 */
public final class TraceFailures {

    private final PoolExtents extents;
    private final int order;
    private final SearchTrial trial;
    private final WordChangeLog log = new WordChangeLog();
    private InFlight[] threads = new InFlight[0];
    private int marked;
    private final List<FailedAlloc> failures = new ArrayList<>();
    private final Map<FailureReason, Long> counts = new EnumMap<>(FailureReason.class);

    /** What a thread's search began on; {@code mark} is -1 unless its begin state may be needed. */
    private record InFlight(long bytes, long units, long free, long largest, long mark) {
    }

    /** Failures of a trace with {@code header}, reading the state from {@code extents}, which the caller keeps current. */
    public TraceFailures(TraceHeader header, PoolExtents extents) {
        this.extents = extents;
        this.order = header.minAllocOrder();
        this.trial = new SearchTrial(header);
        for (FailureReason reason : FailureReason.values()) {
            counts.put(reason, 0L);
        }
    }

    /** Takes the next event, after {@code extents} has taken it. */
    public void accept(Event event) {
        switch (event.kind()) {
            case ALLOC_BEGIN -> begin(event.thread(), event.p0(), event.p1());
            case ALLOC_END -> end(event);
            case CAS, WORD_STORE -> logChange(event);
            default -> {
                // no other event changes a word or a request
            }
        }
    }

    private void begin(int thread, long bytes, long units) {
        if (thread >= threads.length) {
            threads = Arrays.copyOf(threads, thread + 1);
        }
        unmark(thread);
        long largest = extents.largest();
        boolean mayNeedState = !trial.largestDecides() && largest >= units;
        threads[thread] = new InFlight(bytes, units, extents.free(), largest, mayNeedState ? log.end() : -1);
        marked += mayNeedState ? 1 : 0;
    }

    private void end(Event event) {
        int thread = event.thread();
        InFlight search = thread < threads.length ? threads[thread] : null;
        // an end without its begin (a damaged trace lost it): the state now is all there is
        InFlight known = search != null ? search
                : new InFlight(event.p0(), GenPool.bitsFor(event.p0(), order), extents.free(), extents.largest(), -1);
        // gen_pool_alloc of 0 bytes returns 0 by contract, without searching: no failure
        if (event.p1() == 0 && known.units() > 0) {
            record(FailedAlloc.of(event.seq(), thread, known.bytes(), known.units(), known.free(), known.largest(),
                    fitsAtBegin(known)));
        }
        unmark(thread);
        if (thread < threads.length) {
            threads[thread] = null;
        }
    }

    private boolean fitsAtBegin(InFlight search) {
        if (search.largest() < search.units()) {
            return false; // no extent anywhere held n units, whatever the algorithm
        }
        if (trial.largestDecides()) {
            return true;
        }
        if (search.mark() < 0 || log.end() == search.mark()) {
            // no begin state, or no word changed since it: the search failed on the state it began on
            return false;
        }
        long[][] words = new long[extents.chunkCount()][];
        for (int chunk = 0; chunk < words.length; chunk++) {
            words[chunk] = extents.chunk(chunk).words();
        }
        log.undoInto(words, search.mark());
        return trial.fits(words, search.bytes());
    }

    private void logChange(Event event) {
        if (marked > 0 && (event.casSucceeded() || event.kind() == EventKind.WORD_STORE)) {
            log.add(event.chunk(), (int) event.p0(), event.p1() ^ event.p2(), oldestMark());
        }
    }

    private long oldestMark() {
        long oldest = log.end();
        for (InFlight search : threads) {
            if (search != null && search.mark() >= 0) {
                oldest = Math.min(oldest, search.mark());
            }
        }
        return oldest;
    }

    private void unmark(int thread) {
        if (thread < threads.length && threads[thread] != null && threads[thread].mark() >= 0) {
            marked--;
            if (marked == 0) {
                log.clear();
            }
        }
    }

    private void record(FailedAlloc failure) {
        failures.add(failure);
        counts.merge(failure.reason(), 1L, Long::sum);
    }

    /** The failures so far, in trace order (a live view: it grows as events come). */
    public List<FailedAlloc> failures() {
        return Collections.unmodifiableList(failures);
    }

    /** How many failures so far had each reason; every reason has an entry. */
    public Map<FailureReason, Long> countsByReason() {
        return Collections.unmodifiableMap(counts);
    }
}
