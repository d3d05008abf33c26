package dev.poolscope.benchmarks;

import dev.poolscope.analysis.OpenedTrace;
import dev.poolscope.analysis.TraceSeries;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.timeline.LaneOverview;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Opening a recorded trace, on a trace of about 1M or 10M events of the standard workload on 4 real
 * threads ({@link RecordedTrace}), recorded once per trial. <b>One op is one open</b>, timed alone
 * (single shot: the file is in the page cache after the first), the file's check included, all with
 * the default checkpoint interval:
 * <ul>
 * <li>{@code model}: the replay model alone ({@link TraceFile#open}, {@link ReplayModel#open});
 * <li>{@code workbench}: the workbench's open, the model, the charts' series and the timeline's lanes
 * in one pass ({@link TraceFile#openForFullRead}, {@link OpenedTrace#read}), as {@code OpenTraceJob} does;
 * <li>{@code separatePasses}: the same three built by a pass each after a full check ({@link TraceFile#open}, {@link ReplayModel#open},
 * {@link TraceSeries#of}, {@link LaneOverview#read}), as the workbench opened a trace before
 * {@link OpenedTrace}: the ratio to {@code workbench} is what sharing the pass saves.
 * </ul>
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
    public ReplayModel model() throws IOException {
        try (TraceFile file = TraceFile.open(trace.file)) {
            return ReplayModel.open(file);
        }
    }

    /** The workbench's whole open: the blocks' check, then model, series and lanes from one pass that checks the events. */
    @Benchmark
    public OpenedTrace workbench() throws IOException {
        try (TraceFile file = TraceFile.openForFullRead(trace.file)) {
            return OpenedTrace.read(file, ReplayModel.defaultCheckpointInterval(file.header()), eventsRead -> { });
        }
    }

    /** The same three results as {@link #workbench()}, from a pass each. */
    @Benchmark
    public void separatePasses(Blackhole results) throws IOException {
        try (TraceFile file = TraceFile.open(trace.file)) {
            results.consume(ReplayModel.open(file));
            results.consume(TraceSeries.of(file));
            results.consume(LaneOverview.read(file, eventsRead -> { }));
        }
    }
}
