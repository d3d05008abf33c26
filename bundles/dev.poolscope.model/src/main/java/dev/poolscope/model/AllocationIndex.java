package dev.poolscope.model;

import dev.poolscope.core.GenPool;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Every successful allocation of a trace, in the order their sets completed, with the bits they
 * held and until when, and its label: what names the owner of a set bit at any event. The start
 * state's runs come first, one "allocation" each, held since before the trace (set at -1, by thread
 * -1). 44 bytes per allocation; a query scans the allocations set up to its event, newest first.
 * The last {@link #liveAt} answer is kept: the views of one step all ask it for the same event.
 */
public final class AllocationIndex {

    private final PoolGeometry geometry;
    private final LongColumn setSeq = new LongColumn();
    private final LongColumn freeSeq = new LongColumn();
    private final IntColumn thread = new IntColumn();
    private final IntColumn chunk = new IntColumn();
    private final LongColumn startBit = new LongColumn();
    private final LongColumn size = new LongColumn();
    private final IntColumn label = new IntColumn();
    /** The last {@link #liveAt} query and its answer, replaced whole (a volatile read sees both). */
    private volatile LiveAt lastLive;

    private record LiveAt(long seq, List<AllocationSpan> live) {
    }

    AllocationIndex(PoolGeometry geometry) {
        this.geometry = geometry;
    }

    /** Adds an allocation whose set completed at event {@code seq}, which is after every one added before; returns its index. */
    int add(long seq, int thread, int chunk, long startBit, long size, int label) {
        setSeq.add(seq);
        this.label.add(label);
        freeSeq.add(-1);
        this.thread.add(thread);
        this.chunk.add(chunk);
        this.startBit.add(startBit);
        this.size.add(size);
        return setSeq.size() - 1;
    }

    /** Gives allocation {@code index} label {@code label}: for a LABEL that comes after the set. */
    void labelled(int index, int label) {
        this.label.set(index, label);
    }

    /** Records that allocation {@code index} was released at event {@code seq}. */
    void freed(int index, long seq) {
        freeSeq.set(index, seq);
    }

    public int size() {
        return setSeq.size();
    }

    /** The {@code index}-th allocation in the order their sets completed. */
    public AllocationSpan get(int index) {
        int c = chunk.get(index);
        long start = startBit.get(index);
        long bytes = size.get(index);
        return new AllocationSpan(thread.get(index), bytes, c, start, GenPool.bitsFor(bytes, geometry.order()),
                geometry.addressOf(c, start), setSeq.get(index), freeSeq.get(index), label.get(index));
    }

    /**
     * The allocation that holds bit {@code bit} of {@code chunk} after event {@code seq}: of those
     * covering the bit and live then, the one set last (an allocation whose free has cleared its bits
     * stays live until the free ends, and its bits may be allocated again before). Empty for a bit no
     * completed allocation holds: free, or held by a set still in progress.
     */
    public Optional<AllocationSpan> ownerOf(int chunk, long bit, long seq) {
        for (int i = setSeq.firstAbove(seq) - 1; i >= 0; i--) {
            if (this.chunk.get(i) == chunk && bit >= startBit.get(i)
                    && bit - startBit.get(i) < GenPool.bitsFor(size.get(i), geometry.order()) && isLive(i, seq)) {
                return Optional.of(get(i));
            }
        }
        return Optional.empty();
    }

    /** The allocations that hold their bits after event {@code seq}, in the order their sets completed; unmodifiable. */
    public List<AllocationSpan> liveAt(long seq) {
        LiveAt last = lastLive;
        if (last != null && last.seq() == seq) {
            return last.live();
        }
        List<AllocationSpan> live = new ArrayList<>();
        int end = setSeq.firstAbove(seq);
        for (int i = 0; i < end; i++) {
            if (isLive(i, seq)) {
                live.add(get(i));
            }
        }
        List<AllocationSpan> answer = Collections.unmodifiableList(live);
        lastLive = new LiveAt(seq, answer);
        return answer;
    }

    private boolean isLive(int index, long seq) {
        long free = freeSeq.get(index);
        return free < 0 || seq < free;
    }

    void trim() {
        lastLive = null; // built: answers before now may have missed allocations added since
        setSeq.trim();
        freeSeq.trim();
        thread.trim();
        chunk.trim();
        startBit.trim();
        size.trim();
        label.trim();
    }

    long bytes() {
        return setSeq.bytes() + freeSeq.bytes() + thread.bytes() + chunk.bytes() + startBit.bytes() + size.bytes()
                + label.bytes();
    }
}
