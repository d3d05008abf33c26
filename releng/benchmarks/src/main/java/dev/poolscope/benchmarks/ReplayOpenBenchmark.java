package dev.poolscope.benchmarks;

import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.sched.ScheduleException;

import java.io.IOException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Opening a recorded trace in the replay model ({@link TraceFile#open} and {@link ReplayModel#open}
 * with the default checkpoint interval), on a trace of about 1M or 10M events of the standard
 * workload on 4 real threads ({@link RecordedTrace}), recorded once per trial. <b>One op is one
 * open</b>, timed alone (single shot: the file is in the page cache after the first). This is the
 * model only; the workbench's open also builds the chart series and the timeline overview.
 * Retained heap is measured by {@link RetainedHeap}, not here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ReplayOpenBenchmark {

    @Param({"1000000", "10000000"})
    public long events;

    private RecordedTrace trace;

    @Setup(Level.Trial)
    public void record() throws IOException, ScheduleException, InterruptedException {
        trace = RecordedTrace.record(events);
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        trace.delete();
    }

    /** The opened model; the file is closed again once the model is built. */
    @Benchmark
    public ReplayModel open() throws IOException {
        try (TraceFile file = TraceFile.open(trace.file)) {
            return ReplayModel.open(file);
        }
    }
}
