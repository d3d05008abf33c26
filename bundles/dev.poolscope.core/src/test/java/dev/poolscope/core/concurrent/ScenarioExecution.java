package dev.poolscope.core.concurrent;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.NavigableSet;
import java.util.concurrent.ExecutorService;

/**
 * One execution of a {@link Scenario} from scratch, on a fresh pool, under a schedule: the threads
 * follow {@code prefix} (a thread index per step), then, past its end, the lowest runnable thread
 * runs at every step. Afterwards the quiet invariants and the scenario's expectation must hold.
 */
final class ScenarioExecution implements StepScheduler.Schedule {

    static final long CHUNK_START = 0x1000;

    /** More steps than any scenario here needs: a schedule this long means the threads livelock. */
    private static final int MAX_STEPS = 500;

    /**
     * What one execution did.
     *
     * @param choices  the thread run at each step
     * @param runnable the threads that could have run at each step, for the explorer's alternatives
     * @param outcome  the threads' allocation results and the final bitmap words, to compare executions by
     */
    record Record(List<Integer> choices, List<NavigableSet<Integer>> runnable, String outcome, int casFailures,
            int partialSets, int rollbacks, int retries) {
    }

    /** An allocation a thread holds. */
    private record Live(long address, long size) {
    }

    private final Scenario scenario;
    private final List<Integer> prefix;
    private final GenPool pool;
    private final ShadowOwners shadow;
    private final StepScheduler scheduler;
    private final List<Deque<Live>> held = new ArrayList<>(); // per thread, oldest first
    private final List<List<Long>> results = new ArrayList<>(); // per thread: each allocation's address or 0

    private ScenarioExecution(Scenario scenario, List<Integer> prefix, ExecutorService threads) {
        this.scenario = scenario;
        this.prefix = prefix;
        List<Runnable> bodies = new ArrayList<>();
        for (int t = 0; t < scenario.programs().size(); t++) {
            int thread = t;
            bodies.add(() -> runProgram(thread));
            held.add(new ArrayDeque<>());
            results.add(new ArrayList<>());
        }
        this.scheduler = new StepScheduler(bodies, scenario.switchPoints(), this, threads);
        this.pool = GenPool.create(0, Variant.MAINLINE, scheduler);
        pool.addChunk(CHUNK_START, CHUNK_START, scenario.chunkBytes());
        this.shadow = new ShadowOwners(ChunkSnapshot.of(pool));
    }

    /**
     * Runs {@code scenario} under {@code prefix} and checks it.
     *
     * @param threads one idle thread per program of the scenario, or more
     * @throws AssertionError naming the scenario and the schedule when an invariant breaks, a thread
     *                        fails, or the prefix asks for a thread that cannot run (the execution
     *                        was not deterministic)
     */
    static Record run(Scenario scenario, List<Integer> prefix, ExecutorService threads) throws InterruptedException {
        return new ScenarioExecution(scenario, prefix, threads).execute();
    }

    @Override
    public int choose(int step, NavigableSet<Integer> runnable) {
        if (step == MAX_STEPS) {
            throw new AssertionError("no end after " + MAX_STEPS + " steps (livelock?)");
        }
        int thread = step < prefix.size() ? prefix.get(step) : runnable.first();
        if (!runnable.contains(thread)) {
            throw new AssertionError("step " + step + " of the schedule asks for T" + (thread + 1) + " but only "
                    + runnable + " can run: the execution is not deterministic");
        }
        return thread;
    }

    private Record execute() throws InterruptedException {
        for (Scenario.Held h : scenario.setup()) {
            long address = pool.alloc(h.size());
            shadow.claim(address, h.size(), h.thread() + 1);
            held.get(h.thread()).add(new Live(address, h.size()));
        }
        try {
            scheduler.runToEnd();
            QuietPool.check(ChunkSnapshot.of(pool), shadow, pool.avail(), "the quiet pool");
        } catch (AssertionError e) {
            throw new AssertionError(describe() + ": " + e.getMessage(), e);
        }
        if (!scenario.expectation().holds().test(results)) {
            throw new AssertionError(describe() + ": expected " + scenario.expectation().description() + ", got " + results);
        }
        String outcome = "results " + results + ", words " + Arrays.toString(ChunkSnapshot.of(pool.chunks().get(0)).words());
        return new Record(scheduler.choices(), scheduler.runnableAtChoice(), outcome, scheduler.casFailures(),
                scheduler.partialSets(), scheduler.rollbacks(), scheduler.retries());
    }

    private void runProgram(int thread) {
        for (Scenario.Op op : scenario.programs().get(thread)) {
            if (op instanceof Scenario.Alloc alloc) {
                long address = pool.alloc(alloc.size());
                results.get(thread).add(address);
                if (address != 0) {
                    shadow.claim(address, alloc.size(), thread + 1);
                    held.get(thread).add(new Live(address, alloc.size()));
                }
            } else {
                Live oldest = held.get(thread).removeFirst();
                shadow.release(oldest.address(), oldest.size(), thread + 1);
                pool.free(oldest.address(), oldest.size());
            }
        }
    }

    /** The scenario, the schedule that reproduces this execution, and the probe points it went through. */
    private String describe() {
        return String.format("%s, schedule %s (thread index per step), trace %s",
                scenario, scheduler.choices(), scheduler.trace());
    }
}
