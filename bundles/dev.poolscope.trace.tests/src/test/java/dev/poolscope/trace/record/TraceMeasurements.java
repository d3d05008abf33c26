package dev.poolscope.trace.record;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.EventProbe;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.TraceFile;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: the numbers behind the recorder's and reader's performance claims. Run it after a
 * build, from the repository root:
 *
 * <pre>
 * java -cp bundles/dev.poolscope.core/target/classes:bundles/dev.poolscope.trace/target/classes:\
 * bundles/dev.poolscope.trace/target/test-classes dev.poolscope.trace.record.TraceMeasurements DIR
 * </pre>
 *
 * It prints the alloc/free rate of four threads on the small test pool without a probe, with a
 * probe that drops every event, and with the recorder; the file size per event; and, for a
 * recording of about ten million events, the time to open it and to read every event, and the
 * size of the block index. It writes its files into DIR and deletes them.
 */
public final class TraceMeasurements {

    private static final int THREADS = 4;
    private static final long OPS_PER_THREAD = 400_000;

    private TraceMeasurements() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        double eventsPerCall = 0;
        for (int round = 0; round < 3; round++) { // the first round warms the JIT up
            System.out.printf("round %d%n", round);
            rate("no probe", Probe.NONE);
            rate("probe dropping events", new EventProbe() {
                @Override
                protected void emit(int chunk, EventKind kind, long p0, long p1, long p2, long p3, long p4) {
                }
            });
            eventsPerCall = record(dir.resolve("rate.pstrace"), OPS_PER_THREAD);
        }
        Path big = dir.resolve("big.pstrace");
        record(big, (long) (10_000_000 / eventsPerCall / THREADS));
        for (int round = 0; round < 2; round++) {
            readBack(big);
        }
        Files.delete(big);
        Files.delete(dir.resolve("rate.pstrace"));
    }

    private static void rate(String name, Probe probe) throws InterruptedException {
        GenPool pool = RandomWork.smallPool(probe);
        long start = System.nanoTime();
        RandomWork.runThreads(pool, THREADS, OPS_PER_THREAD, 1);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %-24s %6.2f M calls/s%n", name, THREADS * OPS_PER_THREAD / seconds / 1e6);
    }

    /** Records a run and prints its rates; returns the events per alloc or free call. */
    private static double record(Path file, long opsPerThread) throws Exception {
        long start = System.nanoTime();
        TraceHeader header = TraceHeader.of(RandomWork.smallPool(Probe.NONE), THREADS, "measurement", 1);
        try (Recorder recorder = Recorder.create(file, header, () -> System.nanoTime() - start)) {
            RandomWork.runThreads(RandomWork.smallPool(recorder), THREADS, opsPerThread, 1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (TraceFile trace = TraceFile.open(file)) {
            long events = trace.eventCount();
            System.out.printf("  %-24s %6.2f M calls/s, %6.2f M events/s recorded (%d events, %.2f s incl. close)%n",
                    "recorder", THREADS * opsPerThread / seconds / 1e6, events / seconds / 1e6, events, seconds);
            System.out.printf("  %-24s %.2f bytes/event (%d bytes)%n", "file", (double) Files.size(file) / events,
                    Files.size(file));
            return (double) events / (THREADS * opsPerThread);
        }
    }

    private static void readBack(Path file) throws Exception {
        System.gc();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        try (TraceFile trace = TraceFile.open(file)) {
            long opened = System.nanoTime();
            long heapOpen = usedHeap();
            long count = 0;
            long casFailures = 0;
            try (EventCursor cursor = trace.from(0)) {
                for (Event e = cursor.next(); e != null; e = cursor.next()) {
                    count++;
                    casFailures += e.casFailed() ? 1 : 0;
                }
            }
            long read = System.nanoTime();
            long seekStart = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                try (EventCursor cursor = trace.from(trace.lastSeq() * i / 1000)) {
                    cursor.next();
                }
            }
            long seekEnd = System.nanoTime();
            System.out.printf("10M trace: %d events, %d blocks, %d MB; open %.2f s; full pass %.2f s (%.1f M events/s);"
                            + " from(seq)+next %.0f us; index %d bytes; heap after open +%d KB; CAS failures %d%n",
                    count, trace.blockCount(), Files.size(file) >> 20, (opened - start) / 1e9, (read - opened) / 1e9,
                    count / ((read - opened) / 1e9) / 1e6, (seekEnd - seekStart) / 1e3 / 1000, trace.indexBytes(),
                    (heapOpen - heapBefore) >> 10, casFailures);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
