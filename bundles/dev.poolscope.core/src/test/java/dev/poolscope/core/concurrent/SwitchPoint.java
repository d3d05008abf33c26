package dev.poolscope.core.concurrent;

import java.util.EnumSet;
import java.util.Set;

/** The allocator's probe points, as places where a controlled schedule may switch threads. */
enum SwitchPoint {
    ALLOC_BEGIN, AVAIL_READ, SEARCH, WORD_READ, CAS_ATTEMPT, PARTIAL_SET, ROLLBACK, RETRY, AVAIL_CHANGE, ALLOC_END,
    FREE_BEGIN, FREE_END;

    /**
     * The points that directly follow a shared-memory step of the allocator (a read of avail, a
     * search over the words, a word read, a CAS, an update of avail). The other points follow no
     * shared step since the previous point, so what a thread does between such a point and the one
     * before it touches nothing another thread can see: switching there yields the same execution
     * as switching at the point before. Leaving them out loses no outcome and keeps the explored
     * space small.
     */
    static final Set<SwitchPoint> AFTER_SHARED_STEPS = EnumSet.of(AVAIL_READ, SEARCH, WORD_READ, CAS_ATTEMPT, AVAIL_CHANGE);

    /** Only inside the CAS loop: between a word read and its CAS, and between the words of a multi-word set. */
    static final Set<SwitchPoint> CAS_LOOP = EnumSet.of(WORD_READ, CAS_ATTEMPT);

    /**
     * Only between a word read and its CAS: each thread's CASes may still fail and its multi-word
     * sets may still be cut between words (another thread runs after the read of the next word),
     * which is what three threads on two words need to stay in the thousands of interleavings.
     */
    static final Set<SwitchPoint> BEFORE_CAS = EnumSet.of(WORD_READ);

    static final Set<SwitchPoint> ALL = EnumSet.allOf(SwitchPoint.class);
}
