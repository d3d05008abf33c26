package dev.poolscope.model;

/** Where a race's culprit is numbered in the trace, relative to the failed CAS it caused. */
public enum CulpritOrder {

    /** Numbered before the failed CAS, as it happened. */
    BEFORE,

    /**
     * Numbered after the failed CAS: the recorder saw the culprit's CAS after this one, although in
     * hardware it came first. Sequence numbers are taken when the probe is called, just after the
     * CAS, so a thread delayed between its CAS and its probe call gets a later number than the
     * failure its CAS caused.
     */
    AFTER_BY_SEQ,

    /** No write of another thread that left the witnessed value was found near the failed CAS. */
    NOT_FOUND
}
