package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.Arrays;

/**
 * Follows every thread's allocations and frees while the model is built, and fills the
 * {@link AllocationIndex}. An allocation enters the index at the write that sets its last word
 * (a set goes word by word from the lowest; a rollback only clears words below the one it lost on,
 * so a successful write on the last word of the range the search found completes the set). A free
 * is matched to the live allocation at its address when it begins, and ends it at its FREE_END; a
 * free that never ends (a double free, which restores what it cleared and fails) leaves it live. A
 * free of units set at the start releases them from their run ({@link StartSpans}). A LABEL inside
 * an alloc labels that alloc's allocation, whether it comes before the set completes or after. An
 * alloc placed without a search (a capture's overlapped allocation, set where the kernel put it)
 * enters at its ALLOC_END, from the address it returned.
 */
final class AllocationTracker {

    private final PoolGeometry geometry;
    private final AllocationIndex index;
    private final StartSpans startSpans;
    private final boolean[] allocating;
    private final boolean[] rollingBack;
    private final long[] size;
    private final long[] nbits;
    private final int[] chunk;
    private final long[] found;
    private final int[] freeing;
    /** Per thread: whether its free in progress releases start-state units, and its address and size. */
    private final boolean[] freeingStart;
    private final long[] freeAddress;
    private final long[] freeBytes;
    /** Per thread: whether it is inside an alloc, the allocation that alloc set (or -1), and its label until then. */
    private final boolean[] inAlloc;
    private final int[] allocated;
    private final int[] pendingLabel;
    /** The allocations set and not yet being freed, by address; only while the model is built. */
    private final AddressMap liveByAddress = new AddressMap();

    AllocationTracker(PoolGeometry geometry, int threadCount) {
        this.geometry = geometry;
        this.index = new AllocationIndex(geometry);
        this.startSpans = new StartSpans(geometry, index);
        allocating = new boolean[threadCount];
        rollingBack = new boolean[threadCount];
        size = new long[threadCount];
        nbits = new long[threadCount];
        chunk = new int[threadCount];
        found = new long[threadCount];
        freeing = new int[threadCount];
        Arrays.fill(freeing, -1);
        freeingStart = new boolean[threadCount];
        freeAddress = new long[threadCount];
        freeBytes = new long[threadCount];
        inAlloc = new boolean[threadCount];
        allocated = new int[threadCount];
        pendingLabel = new int[threadCount];
    }

    void accept(Event event) {
        int t = event.thread();
        switch (event.kind()) {
            case ALLOC_BEGIN -> {
                abandonFree(t);
                allocating[t] = true;
                rollingBack[t] = false;
                size[t] = event.p0();
                nbits[t] = event.p1();
                found[t] = -1;
                inAlloc[t] = true;
                allocated[t] = -1;
                pendingLabel[t] = -1;
            }
            case SEARCH -> {
                boolean hit = Long.compareUnsigned(event.p2(), geometry.bitCount(event.chunk())) < 0;
                chunk[t] = event.chunk();
                found[t] = hit ? event.p2() : -1;
            }
            case PARTIAL_SET -> rollingBack[t] = true;
            case RETRY -> rollingBack[t] = false;
            case CAS, WORD_STORE -> {
                if (event.kind() == EventKind.WORD_STORE || event.casSucceeded()) {
                    written(event);
                }
            }
            case LABEL -> labelled(t, (int) event.p0());
            case ALLOC_END -> {
                if (allocating[t] && event.p1() != 0) {
                    placed(event);
                }
                allocating[t] = false;
                inAlloc[t] = false;
            }
            case FREE_BEGIN -> freeBegun(event);
            case FREE_END -> freeEnded(event);
            default -> {
                // nothing changes ownership
            }
        }
    }

    /** A write of thread {@code write.thread()}: the end of its set when it is on the set's last word. */
    private void written(Event write) {
        int t = write.thread();
        if (allocating[t] && !rollingBack[t] && found[t] >= 0 && write.chunk() == chunk[t]
                && write.p0() == (found[t] + nbits[t] - 1) >>> 6) {
            int added = index.add(write.seq(), t, chunk[t], found[t], size[t], pendingLabel[t]);
            liveByAddress.put(geometry.addressOf(chunk[t], found[t]), added);
            allocating[t] = false;
            allocated[t] = added;
        }
    }

    /**
     * The end of an alloc that returned an address with no set seen completing: placed without a
     * search, so its bits are those from the address returned, set by the time it ends.
     */
    private void placed(Event end) {
        int t = end.thread();
        int c = geometry.chunkOf(end.p1());
        if (c < 0) {
            return; // an address in no chunk: the trace check reports it; nothing to own
        }
        long startBit = (end.p1() - geometry.addressOf(c, 0)) >>> geometry.order();
        int added = index.add(end.seq(), t, c, startBit, size[t], pendingLabel[t]);
        liveByAddress.put(end.p1(), added);
        allocated[t] = added;
    }

    /** A LABEL of thread {@code t}: it labels the allocation of the alloc it is in (frees keep no label). */
    private void labelled(int t, int label) {
        if (inAlloc[t] && allocated[t] >= 0) {
            index.labelled(allocated[t], label);
        } else if (inAlloc[t]) {
            pendingLabel[t] = label;
        }
    }

    private void freeBegun(Event begin) {
        int t = begin.thread();
        abandonFree(t);
        int live = liveByAddress.remove(begin.p0());
        freeing[t] = live < 0 ? startSpans.take(begin.p0(), begin.p1()) : live;
        freeingStart[t] = live < 0 && freeing[t] >= 0;
        freeAddress[t] = begin.p0();
        freeBytes[t] = begin.p1();
    }

    private void freeEnded(Event end) {
        int t = end.thread();
        if (freeingStart[t]) {
            startSpans.freed(freeing[t], freeAddress[t], freeBytes[t], end.seq());
        } else if (freeing[t] >= 0) {
            index.freed(freeing[t], end.seq());
        }
        freeing[t] = -1;
        freeingStart[t] = false;
    }

    /** A free that began and never ended: its allocation is still live, unless its address has been taken since. */
    private void abandonFree(int thread) {
        if (freeingStart[thread]) {
            startSpans.putBack(freeing[thread]);
        } else if (freeing[thread] >= 0) {
            liveByAddress.putIfAbsent(index.get(freeing[thread]).address(), freeing[thread]);
        }
        freeing[thread] = -1;
        freeingStart[thread] = false;
    }

    AllocationIndex build() {
        index.trim();
        return index;
    }
}
