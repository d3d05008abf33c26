package dev.poolscope.ui.session;

/**
 * Which trace a view shows while a branch is open beside its parent: the trace opened (the branch)
 * or its parent. With one trace open, both mean that trace.
 */
public enum TraceChoice {
    /** The trace opened: the branch, when its parent is open beside it. */
    OPENED,
    /** The parent open beside the branch. */
    PARENT
}
