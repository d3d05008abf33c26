package dev.poolscope.benchmarks;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.core.SearchMode;
import dev.poolscope.trace.workload.OpResult;
import dev.poolscope.trace.workload.ThreadWork;
import dev.poolscope.trace.workload.Workload;

import java.util.Locale;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Allocator throughput on the standard workload: order 5, one 4 MiB chunk, first-fit, uniform
 * 32..2048-byte requests ({@link Workload#standard()}'s sizes), each JMH thread running its own
 * workload program with its own live list, filled to its share ({@code fill} / threads) of the pool
 * before measuring. <b>One op is one alloc or one free</b>, whichever the thread's program makes
 * next (below its target it allocates, at or above it frees a random live block). Measured on 1 and
 * 2 threads sharing one pool ({@code oneThread}, {@code twoThreads}; the 2-thread score is both
 * threads' ops together), for the lockless {@code mainline} and the locked {@code pre-patch}, at 50%
 * and 90% fill, with the kernel's search ported straight ({@code search=reference}) and with the
 * default summary search ({@code search=summaries}). Two forks, as the 2-thread scores vary most.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class StandardWorkloadBenchmark {

    /** The pool all threads share, made once per trial. */
    @State(Scope.Benchmark)
    public static class SharedPool {

        @Param({"mainline", "pre-patch"})
        public String variant;

        @Param({"0.5", "0.9"})
        public double fill;

        @Param({"reference", "summaries"})
        public String search;

        Workload workload;
        GenPool pool;

        @Setup(Level.Trial)
        public void create(BenchmarkParams params) {
            workload = StandardWorkload.of(variant, fill, params.getThreads());
            pool = workload.pool().create(Probe.NONE, SearchMode.valueOf(search.toUpperCase(Locale.ROOT)));
        }
    }

    /** One thread's workload program on the shared pool, at its fill target before measuring. */
    @State(Scope.Thread)
    public static class Worker {

        ThreadWork work;

        @Setup(Level.Trial)
        public void fill(SharedPool shared, ThreadParams thread) {
            work = StandardWorkload.filled(shared.workload, thread.getThreadIndex(), shared.pool);
        }
    }

    @Benchmark
    @Threads(1)
    public OpResult oneThread(Worker worker) {
        return worker.work.performNext();
    }

    @Benchmark
    @Threads(2)
    public OpResult twoThreads(Worker worker) {
        return worker.work.performNext();
    }
}
