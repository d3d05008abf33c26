package dev.poolscope.benchmarks;

import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.sched.ScheduleException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The heap an open replay model keeps, which JMH does not measure: for traces of about 1M and 10M
 * events ({@link RecordedTrace}), the {@link Runtime} heap in use after {@code System.gc()} (three
 * times, until it settles) is read with the trace file open, then again with the model also open
 * and still reachable; the difference is what the model retains. Writes one JSON object per trace
 * to the file named by its argument (a JSON array), and a line per trace to standard output.
 * Run: {@code java -Xmx6g -cp benchmarks.jar dev.poolscope.benchmarks.RetainedHeap OUT.json}.
 */
public final class RetainedHeap {

    private static final long[] EVENTS = {1_000_000, 10_000_000};

    private RetainedHeap() {
    }

    public static void main(String[] args) throws IOException, ScheduleException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RetainedHeap OUT.json");
        }
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < EVENTS.length; i++) {
            json.append(measure(EVENTS[i])).append(i + 1 < EVENTS.length ? ",\n" : "\n");
        }
        json.append("]\n");
        try (WholeOutput out = WholeOutput.file(Path.of(args[0]))) { // the file is whole or not there
            Files.writeString(out.temporary(), json, StandardCharsets.UTF_8);
            out.commit();
        }
    }

    private static String measure(long events) throws IOException, ScheduleException, InterruptedException {
        RecordedTrace trace = RecordedTrace.record(events);
        try (TraceFile file = TraceFile.open(trace.file)) {
            long before = usedAfterGc();
            long start = System.nanoTime();
            ReplayModel model = ReplayModel.open(file);
            long openMillis = (System.nanoTime() - start) / 1_000_000;
            long retained = usedAfterGc() - before;
            PrintStream out = System.out;
            out.printf("%,d events: model retains %,d bytes (%.2f bytes per event; model's own account %,d), opened in %,d ms%n",
                    trace.events, retained, (double) retained / trace.events,
                    model.checkpointBytes() + model.indexBytes(), openMillis);
            return String.format("  {\"events\": %d, \"retainedBytes\": %d, \"accountedBytes\": %d, \"recordMillis\": %d,"
                    + " \"openMillis\": %d}", trace.events, retained, model.checkpointBytes() + model.indexBytes(),
                    trace.recordMillis, openMillis);
        } finally {
            trace.delete();
        }
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
