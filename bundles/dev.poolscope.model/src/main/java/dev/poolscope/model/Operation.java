package dev.poolscope.model;

/** The pool call a thread is in. */
public enum Operation {
    /** The thread has not begun an alloc or free yet. */
    NONE,
    ALLOC,
    FREE
}
