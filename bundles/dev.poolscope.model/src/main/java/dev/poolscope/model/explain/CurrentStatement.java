package dev.poolscope.model.explain;

import dev.poolscope.core.LockKind;
import dev.poolscope.model.Operation;
import dev.poolscope.model.Step;
import dev.poolscope.model.ThreadPosition;
import dev.poolscope.trace.Event;

import java.util.Optional;

/**
 * The statement a thread's last event carried out. The event's kind alone is not enough: a word
 * read or swap belongs to set_bits or clear_bits by the thread's step (a rollback and a free clear,
 * a restore sets), an avail change takes or gives by the operation, a lock line by the lock's kind.
 */
final class CurrentStatement {

    private CurrentStatement() {
    }

    static Optional<Statement> of(ThreadPosition position, Event last) {
        boolean free = position.operation() == Operation.FREE;
        boolean clearing = position.step() == Step.CLEAR_WORD || position.step() == Step.ROLLBACK;
        Statement statement = switch (last.kind()) {
            case ALLOC_BEGIN -> Statement.ALLOC_BEGIN;
            case ALLOC_END -> last.p1() == 0 ? Statement.ALLOC_FAIL : Statement.ALLOC_RETURN;
            case FREE_BEGIN -> Statement.FREE_BEGIN;
            case FREE_END -> Statement.FREE_RETURN;
            case AVAIL_READ -> Statement.AVAIL_CHECK;
            case SEARCH -> Statement.SEARCH;
            case WORD_READ -> clearing ? Statement.CLEAR_READ : Statement.SET_READ;
            case CAS -> clearing ? Statement.CLEAR_CAS : Statement.SET_CAS;
            case WORD_STORE -> clearing ? Statement.CLEAR_STORE : Statement.SET_STORE;
            case PARTIAL_SET -> Statement.PARTIAL_SET;
            case ROLLBACK -> Statement.ROLLBACK;
            case RETRY -> Statement.RETRY;
            case PARTIAL_CLEAR -> Statement.PARTIAL_CLEAR;
            case RESTORE -> Statement.RESTORE;
            case AVAIL_CHANGE -> free ? Statement.AVAIL_GIVE : Statement.AVAIL_TAKE;
            case LOCK_REQUEST, LOCK_ACQUIRED -> lock(LockKind.values()[(int) last.p0()], free, true);
            case LOCK_RELEASED -> lock(LockKind.values()[(int) last.p0()], free, false);
            // a label names the operation's caller, as its entry does: the line of the entry
            case LABEL -> free ? Statement.FREE_BEGIN : Statement.ALLOC_BEGIN;
        };
        return Optional.ofNullable(statement);
    }

    /** The line of a lock or unlock; null for the pool's write lock, which only adding a chunk takes. */
    private static Statement lock(LockKind kind, boolean free, boolean take) {
        return switch (kind) {
            case POOL_READ -> take ? (free ? Statement.FREE_POOL_LOCK : Statement.POOL_LOCK)
                    : (free ? Statement.FREE_POOL_UNLOCK : Statement.POOL_UNLOCK);
            case CHUNK -> take ? (free ? Statement.FREE_CHUNK_LOCK : Statement.CHUNK_LOCK)
                    : (free ? Statement.FREE_CHUNK_UNLOCK : Statement.CHUNK_UNLOCK);
            case POOL_WRITE -> null;
        };
    }
}
