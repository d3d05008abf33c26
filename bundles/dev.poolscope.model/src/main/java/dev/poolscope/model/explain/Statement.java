package dev.poolscope.model.explain;

/**
 * The pseudo-code statements a thread's last event can stand for. A listing puts each at one line;
 * the variants' listings share these names, so that where a thread is does not depend on how the
 * variant writes it.
 */
public enum Statement {
    ALLOC_BEGIN, POOL_LOCK, CHUNK_LOCK, AVAIL_CHECK, SEARCH, SET_READ, SET_CAS, SET_STORE, PARTIAL_SET, ROLLBACK,
    RETRY, CHUNK_UNLOCK, AVAIL_TAKE, POOL_UNLOCK, ALLOC_RETURN, ALLOC_FAIL,
    FREE_BEGIN, FREE_POOL_LOCK, FREE_CHUNK_LOCK, PARTIAL_CLEAR, RESTORE, FREE_CHUNK_UNLOCK, AVAIL_GIVE,
    FREE_POOL_UNLOCK, FREE_RETURN, CLEAR_READ, CLEAR_CAS, CLEAR_STORE
}
