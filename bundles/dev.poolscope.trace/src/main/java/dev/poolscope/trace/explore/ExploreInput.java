package dev.poolscope.trace.explore;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.RunLength;
import dev.poolscope.trace.workload.ThreadProgram;
import dev.poolscope.trace.workload.Workload;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What to explore: a pool and one program per thread, made fresh for each execution.
 *
 * @param name     what the table's title calls it
 * @param pool     the pool, its variant and algorithm
 * @param threads  how many threads the programs have
 * @param programs fresh programs for one execution, one per thread
 * @param newPool  makes the pool of one execution, reporting to the probe given: {@code pool}'s own
 *                 pool, or one the spec cannot describe (a deliberately broken one, in a test)
 */
public record ExploreInput(String name, PoolSpec pool, int threads, Supplier<List<ThreadProgram>> programs,
        Function<Probe, GenPool> newPool) {

    /** At most this many threads: each step's runnable threads are a bit mask, and more would never finish anyway. */
    public static final int MAX_THREADS = 8;

    public ExploreInput {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("an exploration takes 1 to " + MAX_THREADS + " threads, not " + threads);
        }
    }

    /** The same input, its pools made by {@code factory}. */
    public ExploreInput withPools(Function<Probe, GenPool> factory) {
        return new ExploreInput(name, pool, threads, programs, factory);
    }

    /** A scenario's pool and scripts under {@code pool} (its own or another variant's); its schedule is not used. */
    public static ExploreInput of(Scenario scenario, PoolSpec pool) {
        return new ExploreInput(scenario.name(), pool, scenario.scripts().size(), scenario::programs, pool::create);
    }

    /**
     * A workload's pool and threads.
     *
     * @throws IllegalArgumentException when the workload is timed: an exploration needs a number of operations
     */
    public static ExploreInput of(Workload workload, PoolSpec pool) {
        if (!(workload.length() instanceof RunLength.Ops)) {
            throw new IllegalArgumentException("an exploration needs ops=N, not a duration: '" + workload.text() + "'");
        }
        return new ExploreInput(workload.text(), pool, workload.threads(),
                () -> IntStream.range(0, workload.threads()).mapToObj(workload::program).toList(), pool::create);
    }
}
