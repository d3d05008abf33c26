package dev.poolscope.model;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.LockKind;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

/**
 * What an event may say about the pool its trace header describes. Two levels: what the replay
 * needs to apply the event at all (a thread, chunk and word the header has), which the model
 * refuses; and what every run of the allocator satisfies (bit ranges inside the chunk, a request's
 * bits matching its size, an allocation inside a chunk, avail within the chunk's size either way, a
 * success flag and a lock that exist), which the check reports against the event's seq.
 */
final class EventRules {

    private static final int LOCK_KINDS = LockKind.values().length;

    private final PoolGeometry geometry;
    private final int threadCount;

    EventRules(PoolGeometry geometry, int threadCount) {
        this.geometry = geometry;
        this.threadCount = threadCount;
    }

    /** Why the replay cannot apply {@code event} (a thread, chunk, word or label the header lacks), or null when it can. */
    String unreplayable(Event event) {
        String problem = null;
        boolean namesWord = event.kind() == EventKind.WORD_READ || event.kind() == EventKind.CAS
                || event.kind() == EventKind.WORD_STORE;
        if (event.thread() < 0 || event.thread() >= threadCount) {
            problem = "names thread " + event.thread() + " but the trace header has " + threadCount + " threads";
        } else if (event.chunk() < (concernsChunk(event.kind()) ? 0 : -1) || event.chunk() >= geometry.chunkCount()) {
            problem = "names chunk " + event.chunk() + " but the trace header has " + geometry.chunkCount() + " chunks";
        } else if (namesWord && (event.p0() < 0 || event.p0() >= geometry.wordCount(event.chunk()))) {
            problem = "names word " + event.p0() + " but chunk " + event.chunk() + " has "
                    + geometry.wordCount(event.chunk()) + " bitmap words";
        } else if (event.kind() == EventKind.LABEL && (event.p0() < 0 || event.p0() >= geometry.labelCount())) {
            problem = "names label " + event.p0() + " but the trace header has " + geometry.labelCount() + " labels";
        }
        return problem;
    }

    /** How a replayable {@code event} contradicts the pool or the allocator, or null when it does not. */
    String implausible(Event event) {
        return switch (event.kind()) {
            case ALLOC_BEGIN -> event.p0() < 0 ? "requests a negative size"
                    : event.p1() != GenPool.bitsFor(event.p0(), geometry.order())
                            ? "says " + event.p1() + " bits for " + event.p0() + " bytes; at min order "
                                    + geometry.order() + " that is " + GenPool.bitsFor(event.p0(), geometry.order()) + " bits"
                            : null;
            case ALLOC_END -> event.p1() == 0 ? null : allocationProblem(event.p1(), event.p0());
            case FREE_BEGIN, FREE_END -> event.p1() < 0 ? "frees a negative size" : null;
            case CAS -> event.p4() == 0 || event.p4() == 1 ? null : "has success " + event.p4() + "; it is 0 or 1";
            case PARTIAL_SET, ROLLBACK, PARTIAL_CLEAR, RESTORE -> bitRangeProblem(event.chunk(), event.p0(), event.p1());
            case AVAIL_READ -> availProblem(event.chunk(), event.p0());
            case AVAIL_CHANGE -> availProblem(event.chunk(), event.p1());
            case LOCK_REQUEST, LOCK_ACQUIRED, LOCK_RELEASED -> event.p0() >= 0 && event.p0() < LOCK_KINDS ? null
                    : "names lock kind " + event.p0() + "; there are " + LOCK_KINDS;
            default -> null;
        };
    }

    /** An allocation of {@code size} bytes at {@code address} lies at a unit of one chunk and inside it. */
    private String allocationProblem(long address, long size) {
        for (int chunk = 0; chunk < geometry.chunkCount(); chunk++) {
            long offset = address - geometry.addressOf(chunk, 0);
            if (Long.compareUnsigned(offset, geometry.size(chunk)) < 0) {
                long bit = offset >>> geometry.order();
                long bits = GenPool.bitsFor(size, geometry.order());
                return size == 0 ? String.format("allocation 0x%x of 0 bytes; a request of 0 bytes gets no memory", address)
                        : offset != bit << geometry.order()
                        ? String.format("allocation 0x%x is not at a %d-byte unit of chunk %d", address, 1L << geometry.order(), chunk)
                        : size < 0 || bits > geometry.bitCount(chunk) - bit
                                ? String.format("allocation 0x%x of %d bytes runs past the end of chunk %d", address, size, chunk)
                                : null;
            }
        }
        return String.format("allocation 0x%x is in no chunk of the pool", address);
    }

    private String bitRangeProblem(int chunk, long startBit, long nbits) {
        long bits = geometry.bitCount(chunk);
        // nbits may be 0: a rollback after a partial set that set nothing clears nothing
        return startBit >= 0 && nbits >= 0 && startBit <= bits && nbits <= bits - startBit ? null
                : "names bits " + startBit + " +" + nbits + ", outside chunk " + chunk + "'s " + bits + " bits";
    }

    /**
     * Avail never exceeds the chunk's size (a free adds back only what its alloc took away before), but
     * may dip below 0: an alloc can take and subtract bits that a free has cleared and not yet added
     * back, by at most the chunk's size for each thread (each is inside one free at a time).
     */
    private String availProblem(int chunk, long avail) {
        long size = geometry.size(chunk);
        long lowest = size > Long.MAX_VALUE / Math.max(1, threadCount) ? Long.MIN_VALUE : -size * Math.max(1, threadCount);
        return avail >= lowest && avail <= size ? null
                : "says avail " + avail + ", outside chunk " + chunk + "'s " + lowest + ".." + size + " bytes for "
                        + threadCount + " threads";
    }

    /** True for the kinds that always happen in a chunk. */
    private static boolean concernsChunk(EventKind kind) {
        return switch (kind) {
            case ALLOC_BEGIN, ALLOC_END, FREE_BEGIN, FREE_END, LOCK_REQUEST, LOCK_ACQUIRED, LOCK_RELEASED, LABEL -> false;
            default -> true;
        };
    }
}
