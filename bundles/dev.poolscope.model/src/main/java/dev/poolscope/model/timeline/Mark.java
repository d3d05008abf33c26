package dev.poolscope.model.timeline;

import dev.poolscope.trace.Event;

/**
 * The events the Timeline marks on a lane, weakest first: when many events share a pixel column,
 * the column shows its strongest mark. A rollback is the strongest because it is what the user
 * hunts for (half an allocation undone); a failed allocation next (the pool ran dry); then a CAS
 * failure (the race that may cause a rollback), then a retry (its routine consequence).
 */
public enum Mark {
    NONE,
    RETRY,
    RACE,
    FAILED_ALLOC,
    ROLLBACK;

    private static final Mark[] BY_ORDINAL = values();

    /** The mark of {@code event}, or NONE. */
    public static Mark of(Event event) {
        if (event.casFailed()) {
            return RACE;
        }
        return switch (event.kind()) {
            case ROLLBACK -> ROLLBACK;
            case RETRY -> RETRY;
            case ALLOC_END -> event.p1() == 0 ? FAILED_ALLOC : NONE;
            default -> NONE;
        };
    }

    public static Mark byOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
