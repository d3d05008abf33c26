package dev.poolscope.benchmarks;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.record.Recorder;
import dev.poolscope.trace.workload.OpResult;
import dev.poolscope.trace.workload.RunProbe;
import dev.poolscope.trace.workload.ThreadWork;
import dev.poolscope.trace.workload.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What observing the allocator costs, on the standard workload at 1 thread, 50% fill, mainline
 * (as {@link StandardWorkloadBenchmark}): {@code none} (no probe, the product's default),
 * {@code empty} (a probe of its own class whose methods do nothing) and {@code recorder} (the
 * product's recording: the trace recorder behind a {@link RunProbe}, as a real-thread recording
 * installs it, writing every event to a trace file under the temp directory, deleted after the
 * trial). <b>One op is one alloc or one free.</b> The recorder's file grows by every event of the
 * trial (some hundreds of MB); its background writer's work is in the measured time only as far as
 * it competes for the two cores or its full queue holds the producer back, as in a real recording.
 * Three forks of ten measured seconds each, so that the error bars can tell a 2% cost from none.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(3)
@Threads(1)
public class ProbeCostBenchmark {

    @Param({"none", "empty", "recorder"})
    public String probe;

    private Path file;
    private Recorder recorder;
    private RunProbe runProbe;
    private ThreadWork work;

    /** A probe that does nothing, of its own class, so its calls are not the default's. */
    static final class EmptyProbe implements Probe {
    }

    @Setup(Level.Trial)
    public void fill() throws IOException {
        Workload workload = StandardWorkload.of("mainline", 0.5, 1);
        GenPool pool = workload.pool().create(installed(workload));
        work = StandardWorkload.filled(workload, 0, pool);
    }

    /** Makes the measuring thread the recording's thread 0 (JMH may run iterations on another thread). */
    @Setup(Level.Iteration)
    public void admit() {
        if (runProbe != null) {
            recorder.threadIds().bindCurrentThread(0);
            runProbe.admitCurrentThread(Probe.NONE);
        }
    }

    @TearDown(Level.Trial)
    public void deleteTrace() throws IOException {
        if (recorder != null) {
            try {
                recorder.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    @Benchmark
    public OpResult op() {
        return work.performNext();
    }

    private Probe installed(Workload workload) throws IOException {
        return switch (probe) {
            case "none" -> Probe.NONE;
            case "empty" -> new EmptyProbe();
            case "recorder" -> recording(workload);
            default -> throw new IllegalArgumentException("no probe " + probe);
        };
    }

    private Probe recording(Workload workload) throws IOException {
        file = Files.createTempFile("poolscope-probe-cost-", ".pstrace");
        long start = System.nanoTime();
        recorder = Recorder.create(file, workload.header(), () -> System.nanoTime() - start);
        runProbe = new RunProbe(recorder);
        return runProbe;
    }
}
