package dev.poolscope.model;

/** Kinds of event a user jumps between. */
public enum Landmark {
    /** A failed CAS. */
    RACE,
    /** A ROLLBACK event: a multi-word set clearing what it had set. */
    ROLLBACK,
    /** A RETRY event: the search starting again after a rollback. */
    RETRY,
    /** An ALLOC_BEGIN event. */
    ALLOC,
    /** A FREE_BEGIN event. */
    FREE,
    /** An ALLOC_END event whose address is 0: an allocation that found no room. */
    FAILURE
}
