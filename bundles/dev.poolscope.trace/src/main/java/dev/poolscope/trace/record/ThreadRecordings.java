package dev.poolscope.trace.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The recordings of a run's logical threads, found by thread number. Lookups take no lock: the
 * table is copy-on-write, published by a volatile write after the new recording is fully built, and
 * a slot once published never changes.
 */
final class ThreadRecordings {

    private final IntFunction<ThreadRecording> create;
    private volatile ThreadRecording[] byThread = new ThreadRecording[0];

    ThreadRecordings(IntFunction<ThreadRecording> create) {
        this.create = create;
    }

    /** The recording of thread {@code thread}, created at its first event. */
    ThreadRecording of(int thread) {
        // one volatile read: the table and every recording in it are seen as they were published
        ThreadRecording[] table = byThread;
        ThreadRecording found = thread < table.length ? table[thread] : null;
        return found != null ? found : register(thread);
    }

    /** Registrations serialize on this lock; a thread registers once, so it is off the event path. */
    private synchronized ThreadRecording register(int thread) {
        ThreadRecording[] table = byThread;
        ThreadRecording recording = thread < table.length ? table[thread] : null;
        if (recording == null) {
            recording = create.apply(thread);
            ThreadRecording[] grown = Arrays.copyOf(table, Math.max(table.length, thread + 1));
            grown[thread] = recording;
            byThread = grown;
        }
        return recording;
    }

    /** Every recording, by thread number. */
    List<ThreadRecording> inThreadOrder() {
        List<ThreadRecording> all = new ArrayList<>();
        Arrays.stream(byThread).filter(Objects::nonNull).forEach(all::add);
        return all;
    }
}
