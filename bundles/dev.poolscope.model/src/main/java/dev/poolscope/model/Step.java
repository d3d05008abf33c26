package dev.poolscope.model;

/** Where a thread is inside its alloc or free: the step its last event belongs to. */
public enum Step {
    /** No operation begun yet. */
    IDLE,
    /** The alloc or free was called. */
    BEGIN,
    /** Waiting for a lock (pre-patch). */
    LOCK_WAIT,
    /** Holding the lock it waited for (pre-patch). */
    LOCKED,
    /** Reading a chunk's avail to skip chunks that are too full. */
    AVAIL_CHECK,
    /** Searching the bitmap for a free range. */
    SEARCH,
    /** Setting bits in a word (read, CAS or store); the word is known. */
    SET_WORD,
    /** Clearing the bits of a free in a word; the word is known. */
    CLEAR_WORD,
    /** A multi-word set lost on a word and clears what it had set. */
    ROLLBACK,
    /** Searching again after a rollback. */
    RETRY,
    /** A free found a bit already clear and sets back what it had cleared (a double free). */
    RESTORE,
    /** Updating the chunk's avail after the bitmap change. */
    AVAIL_UPDATE,
    /** Released a lock (pre-patch). */
    UNLOCK,
    /** The alloc or free returned. */
    DONE
}
