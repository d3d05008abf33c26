package dev.poolscope.trace.scenario;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.sched.LockTable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The first moment two allocations contend for a chunk: a thread takes a lock another thread has
 * asked for and must now wait for (pre-patch), or a thread searches while another thread's
 * allocation is between its search and its end (lockless). It remembers what it has seen: one
 * serves one search, seeing every event in order.
 */
final class ContentionWatch implements Predicate<Event> {

    private final LockTable locks = new LockTable();
    private final Map<Integer, Event> requests = new HashMap<>();
    private final Set<Integer> claiming = new HashSet<>();

    @Override
    public boolean test(Event e) {
        locks.apply(e);
        boolean contended = false;
        switch (e.kind()) {
            case LOCK_REQUEST -> requests.put(e.thread(), e);
            case LOCK_ACQUIRED -> {
                requests.remove(e.thread());
                contended = requests.values().stream().anyMatch(r -> !locks.canGrant(r));
            }
            case SEARCH -> {
                contended = claiming.stream().anyMatch(t -> t != e.thread());
                claiming.add(e.thread());
            }
            case ALLOC_END -> claiming.remove(e.thread());
            default -> {
            }
        }
        return contended;
    }
}
