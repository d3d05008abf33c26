package dev.poolscope.benchmarks;

import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.sched.ScheduleException;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.SplittableRandom;
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
 * Moving around an open replay: a trace of about 1M or 10M events of the standard workload on 4
 * real threads ({@link RecordedTrace}), recorded and opened once per trial. <b>One op</b> is, for
 * {@code seek}, the pool state at a random event of a seeded sequence ({@link ReplayModel#stateAt}),
 * wherever the model was before. For the steps it is what one Step command costs the workbench:
 * before each op (not timed, {@link Shown}) the model is asked for the state at a random event, as
 * when the workbench shows that event; the op then finds the next or previous event (of any thread,
 * or of a random thread: the Step and Step Thread commands) and the state at it. Sampled, so the
 * table gives the median and the 99th percentile.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ReplayNavigationBenchmark {

    @Param({"1000000", "10000000"})
    public long events;

    private RecordedTrace trace;
    private TraceFile file;
    private ReplayModel model;
    private final SplittableRandom random = new SplittableRandom(56);

    /** The event the workbench shows before a step, and the thread a thread step follows. */
    @State(Scope.Thread)
    public static class Shown {

        long seq;
        int thread;

        /** Shows a random event: the model has just given its state, as it has for the event a user steps from. */
        @Setup(Level.Invocation)
        public void show(ReplayNavigationBenchmark benchmark) throws IOException {
            seq = benchmark.randomSeq();
            thread = benchmark.random.nextInt(benchmark.model.header().threads());
            benchmark.model.stateAt(seq);
        }
    }

    @Setup(Level.Trial)
    public void open() throws IOException, ScheduleException, InterruptedException {
        trace = RecordedTrace.record(events);
        file = TraceFile.open(trace.file);
        model = ReplayModel.open(file);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        try {
            file.close();
        } finally {
            trace.delete();
        }
    }

    @Benchmark
    public PoolState seek() throws IOException {
        return model.stateAt(randomSeq());
    }

    @Benchmark
    public PoolState stepForward(Shown shown) throws IOException {
        return stateAt(model.nextEvent(shown.seq));
    }

    @Benchmark
    public PoolState stepBack(Shown shown) throws IOException {
        return stateAt(model.previousEvent(shown.seq));
    }

    @Benchmark
    public PoolState threadStepForward(Shown shown) throws IOException {
        return stateAt(model.nextEventOf(shown.thread, shown.seq));
    }

    @Benchmark
    public PoolState threadStepBack(Shown shown) throws IOException {
        return stateAt(model.previousEventOf(shown.thread, shown.seq));
    }

    /** An event strictly inside the trace, so that there is one before and one after it. */
    private long randomSeq() {
        return random.nextLong(model.firstSeq() + 1, model.lastSeq());
    }

    /** The state at the event stepped to; a step that finds none (a thread with no later event) stays put. */
    private PoolState stateAt(OptionalLong seq) throws IOException {
        return seq.isPresent() ? model.stateAt(seq.getAsLong()) : null;
    }
}
