package dev.poolscope.trace.explore;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Probe;
import dev.poolscope.trace.workload.OpResult;
import dev.poolscope.trace.workload.ThreadProgram;
import dev.poolscope.trace.workload.ThreadWork;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcomes a sequential run can give: every order of the threads' operations that keeps each
 * thread's own order, each operation run whole on the calling thread, one after another.
 */
final class SequentialOutcomes {

    private final ExploreInput input;

    SequentialOutcomes(ExploreInput input) {
        this.input = input;
    }

    /**
     * The outcome texts of every such order.
     *
     * @param operations how many operations each thread makes (its program must make that many in
     *                   every order); null gives no outcome
     */
    Set<String> texts(List<Integer> operations) {
        Set<String> texts = new HashSet<>();
        if (operations != null) {
            orders(new int[operations.size()], operations, new ArrayList<>(), texts);
        }
        return texts;
    }

    private void orders(int[] made, List<Integer> operations, List<Integer> order, Set<String> texts) {
        boolean any = false;
        for (int t = 0; t < made.length; t++) {
            if (made[t] < operations.get(t)) {
                any = true;
                made[t]++;
                order.add(t);
                orders(made, operations, order, texts);
                order.remove(order.size() - 1);
                made[t]--;
            }
        }
        if (!any) {
            texts.add(run(order).text());
        }
    }

    /** Runs the operations in {@code order}, a thread number each, then lets each thread end. */
    private Outcome run(List<Integer> order) {
        GenPool pool = input.newPool().apply(Probe.NONE);
        List<ThreadProgram> programs = input.programs().get();
        List<ThreadWork> works = new ArrayList<>();
        List<List<OpResult>> results = new ArrayList<>();
        for (ThreadProgram program : programs) {
            works.add(new ThreadWork(program, pool));
            results.add(new ArrayList<>());
        }
        for (int thread : order) {
            OpResult result;
            try {
                result = works.get(thread).performNext();
            } catch (RuntimeException e) {
                return Outcome.failed("T" + thread + " failed: " + e); // as a scheduled run tells a thread that threw
            }
            if (result == null) {
                throw new IllegalStateException("T" + thread + "'s program made fewer operations than in its first"
                        + " explored execution: an exploration needs programs of a fixed length");
            }
            results.get(thread).add(result);
        }
        return Outcome.of(results, pool);
    }
}
