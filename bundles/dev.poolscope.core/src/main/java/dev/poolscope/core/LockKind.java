package dev.poolscope.core;

/** The locks of the pre-patch variant, the design the lockless patch replaced. */
public enum LockKind {
    /** The pool's read-write lock, taken shared by alloc and free. */
    POOL_READ,
    /** The pool's read-write lock, taken exclusive to add a chunk. */
    POOL_WRITE,
    /** The per-chunk spinlock that guards the chunk's bitmap. */
    CHUNK
}
