package dev.poolscope.model;

import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens synthetic traces of 10 million events and prints open speed, retained memory and seek and
 * step times. Tagged "benchmark", which the default build excludes; run it with
 * {@code releng/mvn -B -o -q -pl bundles/dev.poolscope.core,bundles/dev.poolscope.trace,bundles/dev.poolscope.model verify -Dtest=OpenBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none}
 * and read {@code target/surefire-reports/dev.poolscope.model.OpenBenchmark-output.txt}.
 */
@Tag("benchmark")
class OpenBenchmark {

    private static final long EVENTS = 10_000_000;

    @Test
    void standardChunkOfEightThreads() throws IOException {
        SyntheticTrace trace = new SyntheticTrace(EVENTS, 8, 1, 2048);
        measure("4 MiB chunk (131072 bits), 8 threads", trace, ReplayModel.defaultCheckpointInterval(trace.header()));
        measure("4 MiB chunk (131072 bits), 8 threads", trace, 4096);
        measure("4 MiB chunk (131072 bits), 8 threads", trace, 65536);
    }

    @Test
    void megabitChunkOfFourThreads() throws IOException {
        SyntheticTrace trace = new SyntheticTrace(EVENTS, 4, 1, 16384);
        measure("32 MiB chunk (1048576 bits), 4 threads", trace, ReplayModel.defaultCheckpointInterval(trace.header()));
        measure("32 MiB chunk (1048576 bits), 4 threads", trace, ReplayModel.MIN_DEFAULT_INTERVAL);
    }

    /** The model's own speed, without the generator's: the events held in memory first (about 1 GB of heap). */
    @Test
    void eventsHeldInMemory() throws IOException {
        SyntheticTrace synthetic = new SyntheticTrace(EVENTS, 8, 1, 2048);
        List<Event> events = new ArrayList<>();
        try (EventCursor cursor = synthetic.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                events.add(event);
            }
        }
        MemoryTrace trace = new MemoryTrace(synthetic.header(), events);
        events = null;
        for (int round = 0; round < 3; round++) {
            long open = System.nanoTime();
            ReplayModel.open(trace);
            open = System.nanoTime() - open;
            System.out.printf("events held in memory, 4 MiB chunk, 8 threads: open %,.0f ms = %,.1f M events/s%n",
                    open / 1e6, EVENTS / (open / 1e3));
        }
    }

    private static void measure(String what, SyntheticTrace trace, int interval) throws IOException {
        ReplayModel.open(new SyntheticTrace(EVENTS / 10, trace.header().threads(), 1, trace.wordsPerChunk()), interval);
        long generate = System.nanoTime();
        long count = 0;
        try (EventCursor cursor = trace.from(0)) {
            for (Event event = cursor.next(); event != null; event = cursor.next()) {
                count += event.thread();
            }
        }
        generate = System.nanoTime() - generate;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = usedHeapAfterGc(memory);
        long open = System.nanoTime();
        ReplayModel model = ReplayModel.open(trace, interval);
        open = System.nanoTime() - open;
        long retained = usedHeapAfterGc(memory) - heapBefore;

        Random random = new Random(1);
        int seeks = 200;
        long seek = System.nanoTime();
        for (int i = 0; i < seeks; i++) {
            model.stateAt(random.nextLong(trace.eventCount()));
        }
        seek = (System.nanoTime() - seek) / seeks;
        long step = System.nanoTime();
        for (int i = 0; i < seeks; i++) {
            long seq = 1 + random.nextLong(trace.eventCount() - 2);
            model.previousEventOf(i % trace.header().threads(), seq);
            model.nextEventOf(i % trace.header().threads(), seq);
        }
        step = (System.nanoTime() - step) / seeks / 2;

        System.out.printf("%s, %,d events, checkpoint every %,d events (checksum %d)%n", what, trace.eventCount(),
                interval, count);
        System.out.printf("  open: %,.0f ms = %,.1f M events/s, generating the events included (alone it takes %,.0f ms)%n",
                open / 1e6, trace.eventCount() / (open / 1e3), generate / 1e6);
        System.out.printf("  checkpoints: %,d x %,d bytes = %,d bytes; index: %,d bytes (%,d races, %,d rollbacks, %,d allocs, %,d frees, %,d retries)%n",
                model.checkpointCount(), model.checkpointBytes() / model.checkpointCount(), model.checkpointBytes(),
                model.indexBytes(), model.races().size(), model.rollbacks().size(), model.count(Landmark.ALLOC),
                model.count(Landmark.FREE), model.count(Landmark.RETRY));
        System.out.printf("  heap retained after GC: %,d bytes (accounted %,d); %.2f bytes per event%n", retained,
                model.checkpointBytes() + model.indexBytes(), (double) retained / trace.eventCount());
        System.out.printf("  seek to a random event: %,.2f ms on average; step one thread back or forward: %,.2f ms%n",
                seek / 1e6, step / 1e6);
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
