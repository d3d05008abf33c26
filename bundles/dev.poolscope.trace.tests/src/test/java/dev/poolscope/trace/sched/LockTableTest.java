package dev.poolscope.trace.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.LockKind;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import org.junit.jupiter.api.Test;

class LockTableTest {

    private static Event lock(EventKind kind, int thread, LockKind lock, int chunk) {
        return new Event(0, thread, 0, chunk, kind, lock.ordinal(), 0, 0, 0, 0);
    }

    @Test
    void aChunkLockHasOneHolderAtATime() {
        LockTable locks = new LockTable();
        locks.apply(lock(EventKind.LOCK_ACQUIRED, 0, LockKind.CHUNK, 3));
        assertFalse(locks.canGrant(lock(EventKind.LOCK_REQUEST, 1, LockKind.CHUNK, 3)));
        assertTrue(locks.canGrant(lock(EventKind.LOCK_REQUEST, 1, LockKind.CHUNK, 4)), "other chunks are free");
        assertEquals("chunk 3's lock is held by T0", locks.whyWaiting(lock(EventKind.LOCK_REQUEST, 1, LockKind.CHUNK, 3)));
        locks.apply(lock(EventKind.LOCK_RELEASED, 0, LockKind.CHUNK, 3));
        assertTrue(locks.canGrant(lock(EventKind.LOCK_REQUEST, 1, LockKind.CHUNK, 3)));
    }

    @Test
    void thePoolLockHasManyReadersOrOneWriter() {
        LockTable locks = new LockTable();
        locks.apply(lock(EventKind.LOCK_ACQUIRED, 0, LockKind.POOL_READ, -1));
        locks.apply(lock(EventKind.LOCK_ACQUIRED, 1, LockKind.POOL_READ, -1));
        Event write = lock(EventKind.LOCK_REQUEST, 2, LockKind.POOL_WRITE, -1);
        assertFalse(locks.canGrant(write));
        assertEquals("the pool lock is held for reading by T0, T1", locks.whyWaiting(write));
        locks.apply(lock(EventKind.LOCK_RELEASED, 0, LockKind.POOL_READ, -1));
        locks.apply(lock(EventKind.LOCK_RELEASED, 1, LockKind.POOL_READ, -1));
        locks.apply(lock(EventKind.LOCK_ACQUIRED, 2, LockKind.POOL_WRITE, -1));
        Event read = lock(EventKind.LOCK_REQUEST, 0, LockKind.POOL_READ, -1);
        assertFalse(locks.canGrant(read));
        assertEquals("the pool lock is held for writing by T2", locks.whyWaiting(read));
    }

    @Test
    void eventsThatContradictTheTableAreRefused() {
        LockTable locks = new LockTable();
        locks.apply(lock(EventKind.LOCK_ACQUIRED, 0, LockKind.CHUNK, 0));
        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> locks.apply(lock(EventKind.LOCK_ACQUIRED, 1, LockKind.CHUNK, 0)));
        assertEquals("T1 acquired a lock it could not have: chunk 0's lock is held by T0", twice.getMessage());
        assertThrows(IllegalStateException.class, () -> locks.apply(lock(EventKind.LOCK_RELEASED, 1, LockKind.CHUNK, 0)));
        assertThrows(IllegalStateException.class, () -> locks.apply(lock(EventKind.LOCK_RELEASED, 1, LockKind.POOL_WRITE, -1)));
    }
}
