package dev.poolscope.trace.file;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random events of every kind and extreme values, written the way a recorder writes them, and read back. */
final class SampleTraces {

    static final TraceHeader HEADER = new TraceHeader(5, "mainline", "first_fit",
            List.of(new ChunkGeometry(0, 0x10000000L, 0x80000000L, 4 << 20), new ChunkGeometry(1, -4096, 0, 4096)),
            3, "sample: 3 threads, random events", 42);

    private static final long[] EXTREMES = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x10000000L, 0xffffffff00000000L};

    private SampleTraces() {
    }

    /**
     * {@code count} events of {@code threads} threads with seqs from 0 up; with {@code gaps}, some
     * seqs are skipped (as in a trace that lost blocks).
     */
    static List<Event> events(long seed, int count, int threads, boolean gaps) {
        return events(seed, count, threads, gaps, 0);
    }

    /**
     * As {@link #events(long, int, int, boolean)}, for a header of {@code labels} labels: with none,
     * no LABEL event (a version 1 file has none); with some, LABEL events among the others, each
     * naming one of them.
     */
    static List<Event> events(long seed, int count, int threads, boolean gaps, int labels) {
        Random random = new Random(seed);
        int kinds = EventKind.values().length - (labels == 0 ? 1 : 0);
        long[] times = new long[threads];
        List<Event> events = new ArrayList<>();
        long seq = 0;
        for (int i = 0; i < count; i++) {
            int thread = random.nextInt(threads);
            times[thread] += random.nextInt(10) == 0 ? -random.nextInt(1000) : random.nextInt(100_000);
            EventKind kind = EventKind.values()[random.nextInt(kinds)];
            long[] p = new long[EventKind.MAX_FIELDS];
            for (int f = 0; f < kind.fields().size(); f++) {
                p[f] = random.nextBoolean() ? EXTREMES[random.nextInt(EXTREMES.length)] : random.nextLong() >> random.nextInt(64);
            }
            if (kind == EventKind.LABEL) {
                p[0] = random.nextInt(labels);
            }
            int chunk = random.nextInt(8) == 0 ? Integer.MAX_VALUE : random.nextInt(3) - 1;
            events.add(new Event(seq, thread, times[thread], chunk, kind, p[0], p[1], p[2], p[3], p[4]));
            seq += gaps && random.nextInt(5) == 0 ? 2 + random.nextInt(1000) : 1;
        }
        return events;
    }

    /** Every event of {@code trace} from {@code fromSeq} on. */
    static List<Event> read(Trace trace, long fromSeq) throws IOException {
        List<Event> events = new ArrayList<>();
        try (EventCursor cursor = trace.from(fromSeq)) {
            for (Event e = cursor.next(); e != null; e = cursor.next()) {
                events.add(e);
            }
        }
        return events;
    }
}
