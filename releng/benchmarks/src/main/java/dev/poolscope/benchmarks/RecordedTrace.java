package dev.poolscope.benchmarks;

import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.sched.ScheduleException;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.trace.workload.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real trace for the replay benchmarks: the standard workload on 4 real threads recorded, as the
 * workbench's Record Run does, into a file in the temp directory, deleted by {@link #delete()}.
 * The standard workload makes about 7 events per operation, so {@code events} of 1M and 10M take
 * about 36,000 and 360,000 operations per thread.
 */
final class RecordedTrace {

    /** Events per operation of the standard workload on 4 threads, about: 10M events from 360,000 ops a thread. */
    private static final double EVENTS_PER_OP = 10_000_000 / (4 * 360_000.0);

    final Path file;
    final long events;
    /** How long recording took, in milliseconds. */
    final long recordMillis;

    private RecordedTrace(Path file, long events, long recordMillis) {
        this.file = file;
        this.events = events;
        this.recordMillis = recordMillis;
    }

    /** Records about {@code events} events; prints how many and how long it took to the benchmark's output. */
    static RecordedTrace record(long events) throws IOException, ScheduleException, InterruptedException {
        long opsPerThread = Math.round(events / EVENTS_PER_OP / 4);
        Workload workload = Workload.parse("threads=4 ops=" + opsPerThread);
        Path file = Files.createTempFile("poolscope-replay-", ".pstrace");
        long start = System.nanoTime();
        long recorded = new FileRecording(new RunPlan.OfWorkload(workload, RunPlan.Scheduler.REAL_THREADS), file)
                .record(new StopRequest());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%n# recorded %,d events (%s) in %,d ms, %,d bytes%n", recorded, workload, millis,
                Files.size(file));
        return new RecordedTrace(file, recorded, millis);
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
