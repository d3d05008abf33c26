package dev.poolscope.benchmarks;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.OpResult;
import dev.poolscope.trace.workload.PlannedOperation;
import dev.poolscope.trace.workload.RunLength;
import dev.poolscope.trace.workload.ThreadWork;
import dev.poolscope.trace.workload.Workload;

/**
 * The standard workload ({@link Workload#standard()}: order 5, one 4 MiB chunk, first-fit, uniform
 * 32..2048-byte requests, each thread keeping its share of the fill live) with the variant, fill and
 * thread count a benchmark asks for, and no end: JMH decides how many operations are measured.
 */
final class StandardWorkload {

    /** Operations a thread may take to reach its fill target before the benchmark gives up on it. */
    private static final int MAX_PREFILL_OPS = 1_000_000;

    private StandardWorkload() {
    }

    /** The standard workload under {@code variant} (mainline, pre-patch), holding {@code fill} of the pool on {@code threads} threads. */
    static Workload of(String variant, double fill, int threads) {
        Workload standard = Workload.standard();
        return new Workload(threads, new RunLength.Ops(Long.MAX_VALUE), fill, standard.allocPercent(),
                standard.sizes(), standard.pool().withVariant(Variant.byId(variant)), standard.seed());
    }

    /**
     * Thread {@code thread}'s work on {@code pool}, already at its fill target: its program has allocated
     * until its live bytes reached the target, which is when it makes its first free.
     *
     * @throws IllegalStateException when the target is not reached in {@value #MAX_PREFILL_OPS} operations
     */
    static ThreadWork filled(Workload workload, int thread, GenPool pool) {
        ThreadWork work = new ThreadWork(workload.program(thread), pool);
        int ops = 0;
        boolean freed = false;
        while (!freed) {
            if (++ops > MAX_PREFILL_OPS) {
                throw new IllegalStateException("thread " + thread + " of " + workload + " did not reach its fill target in "
                        + MAX_PREFILL_OPS + " operations");
            }
            OpResult result = work.performNext();
            freed = result.operation() instanceof PlannedOperation.Free;
        }
        return work;
    }
}
