package dev.poolscope.testkit;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.TraceHeader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Records a run into memory: every event gets the next sequence number as the probe sees it, and
 * goes to its thread's own list, so threads never contend except on the sequence counter. For
 * small runs (tests, scenarios); the file recorder does the same for long ones.
 */
public final class MemoryRecorder extends EventProbe {

    private final AtomicLong nextSeq = new AtomicLong();
    private final LongSupplier clock;
    private final ThreadLocal<List<Event>> threadEvents;
    private final ConcurrentLinkedQueue<List<Event>> allThreadEvents = new ConcurrentLinkedQueue<>();

    /** @param clock the event time: nanoseconds for real runs, a step counter for scheduled ones */
    public MemoryRecorder(LongSupplier clock) {
        this.clock = clock;
        this.threadEvents = ThreadLocal.withInitial(() -> {
            List<Event> events = new ArrayList<>();
            allThreadEvents.add(events);
            return events;
        });
    }

    /** A recorder whose event times are nanoseconds since it was created. */
    public static MemoryRecorder realTime() {
        long start = System.nanoTime();
        return new MemoryRecorder(() -> System.nanoTime() - start);
    }

    @Override
    protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
        threadEvents.get().add(new Event(nextSeq.getAndIncrement(), threadIds().current(), clock.getAsLong(),
                chunk, kind, p0, p1, p2, p3, p4));
    }

    /** The seq of the last event so far, -1 before the first. */
    public long lastSeq() {
        return nextSeq.get() - 1;
    }

    /** The events so far, merged in sequence order. Call it when the recorded threads have stopped. */
    public MemoryTrace trace(TraceHeader header) {
        List<Event> all = new ArrayList<>();
        allThreadEvents.forEach(all::addAll);
        all.sort(Comparator.comparingLong(Event::seq));
        return new MemoryTrace(header, all);
    }
}
