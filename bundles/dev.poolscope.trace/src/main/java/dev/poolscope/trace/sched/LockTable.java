package dev.poolscope.trace.sched;

import dev.poolscope.core.LockKind;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who holds which lock of a pre-patch pool, as its LOCK_ACQUIRED and LOCK_RELEASED events tell:
 * the pool's read-write lock (readers, or one writer) and each chunk's lock. The scheduler asks
 * it whether a thread paused at a LOCK_REQUEST would get the lock now, so a resumed thread never
 * blocks inside lock(); a replay can ask it who holds what at any event.
 */
public final class LockTable {

    private static final int NOBODY = -1;

    private final Set<Integer> poolReaders = new TreeSet<>();
    private int poolWriter = NOBODY;
    private final Map<Integer, Integer> chunkHolders = new TreeMap<>();

    /** True when the lock {@code request} (a LOCK_REQUEST event) asks for can be granted now. */
    public boolean canGrant(Event request) {
        return switch (lockOf(request)) {
            case POOL_READ -> poolWriter == NOBODY;
            case POOL_WRITE -> poolWriter == NOBODY && poolReaders.isEmpty();
            case CHUNK -> !chunkHolders.containsKey(request.chunk());
        };
    }

    /** Why {@code request} cannot be granted now: "chunk 0's lock is held by T1". */
    public String whyWaiting(Event request) {
        return switch (lockOf(request)) {
            case POOL_READ, POOL_WRITE -> poolWriter != NOBODY ? "the pool lock is held for writing by T" + poolWriter
                    : "the pool lock is held for reading by " + threads(poolReaders);
            case CHUNK -> "chunk " + request.chunk() + "'s lock is held by T" + chunkHolders.get(request.chunk());
        };
    }

    /**
     * Takes a LOCK_ACQUIRED or LOCK_RELEASED event into account; other events change nothing.
     *
     * @throws IllegalStateException when the event contradicts the table: a lock acquired while
     *                               another thread holds it, or released by a thread that does not hold it
     */
    public void apply(Event event) {
        if (event.kind() == EventKind.LOCK_ACQUIRED) {
            if (!canGrant(event)) {
                throw new IllegalStateException("T" + event.thread() + " acquired a lock it could not have: "
                        + whyWaiting(event));
            }
            acquire(event);
        } else if (event.kind() == EventKind.LOCK_RELEASED && !release(event)) {
            throw new IllegalStateException("T" + event.thread() + " released a " + lockOf(event)
                    + " lock it did not hold (chunk " + event.chunk() + ")");
        }
    }

    private void acquire(Event event) {
        switch (lockOf(event)) {
            case POOL_READ -> poolReaders.add(event.thread());
            case POOL_WRITE -> poolWriter = event.thread();
            case CHUNK -> chunkHolders.put(event.chunk(), event.thread());
        }
    }

    /** Releases the event's lock; false when its thread did not hold it. */
    private boolean release(Event event) {
        return switch (lockOf(event)) {
            case POOL_READ -> poolReaders.remove(event.thread());
            case POOL_WRITE -> {
                boolean held = poolWriter == event.thread();
                poolWriter = held ? NOBODY : poolWriter;
                yield held;
            }
            case CHUNK -> chunkHolders.remove(event.chunk(), event.thread());
        };
    }

    private static LockKind lockOf(Event event) {
        return LockKind.values()[(int) event.p0()];
    }

    private static String threads(Set<Integer> threads) {
        StringBuilder text = new StringBuilder();
        for (int thread : threads) {
            text.append(text.length() == 0 ? "T" : ", T").append(thread);
        }
        return text.toString();
    }
}
