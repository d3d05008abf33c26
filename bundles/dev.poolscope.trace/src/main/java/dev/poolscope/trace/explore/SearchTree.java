package dev.poolscope.trace.explore;

import java.util.ArrayList;
import java.util.List;

/**
 * The states of the current execution, each with the threads that could run there, the threads
 * still to try there (backtrack), those tried (done) and those asleep (tried at an earlier state of
 * the path, with every step since commuting with theirs): the stack of a stateless depth-first
 * exploration, whose states are reached again by re-running their schedule prefix.
 */
final class SearchTree {

    /** A schedule prefix to run, and the threads asleep before its last step with their next steps' footprints. */
    record Continuation(List<Integer> prefix, Footprint[] asleep) {
    }

    private static final class Node {
        final int runnable;
        final int preemptionsBefore;
        final int previous;
        /** Per thread, the footprint of its step from this state, once known. */
        final Footprint[] stepOf;
        /** Per thread, the footprint of its next step when it is asleep here, else null. */
        final Footprint[] asleep;
        int chosen;
        int backtrack;
        int done;
        /** Threads left out here because trying them would go past the preemption bound. */
        int skipped;

        Node(int runnable, int preemptionsBefore, int previous, int chosen, Footprint[] asleep) {
            this.runnable = runnable;
            this.preemptionsBefore = preemptionsBefore;
            this.previous = previous;
            this.chosen = chosen;
            this.backtrack = 1 << chosen;
            this.done = 1 << chosen;
            this.stepOf = new Footprint[asleep.length];
            this.asleep = asleep;
        }

        int asleepMask() {
            return Footprint.present(asleep);
        }

        /** The threads asleep or done here other than the chosen one, with their steps' footprints: asleep before the chosen step. */
        Footprint[] sleepersBesideChosen() {
            Footprint[] sleepers = asleep.clone();
            for (int t = 0; t < sleepers.length; t++) {
                if (t != chosen && (done & 1 << t) != 0) {
                    sleepers[t] = stepOf[t];
                }
            }
            sleepers[chosen] = null;
            return sleepers;
        }

        /** Those of {@link #sleepersBesideChosen} that the chosen step does not wake: asleep at the next state. */
        Footprint[] asleepAfterChosen() {
            Footprint[] sleepers = sleepersBesideChosen();
            Footprint.wake(sleepers, stepOf[chosen]);
            return sleepers;
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final int threads;
    private final boolean sleepSets;
    private final int preemptionBound;
    private long pruned;
    private long beyondBound;

    /** @param sleepSets whether threads go to sleep (off: every schedule the backtrack sets name is run) */
    SearchTree(int threads, boolean sleepSets, int preemptionBound) {
        this.threads = threads;
        this.sleepSets = sleepSets;
        this.preemptionBound = preemptionBound;
    }

    /** Adds the states that {@code execution} reached past the current ones, and what each step touched. */
    void extend(Execution execution) {
        for (int step = 0; step < Math.min(nodes.size(), execution.steps()); step++) {
            nodes.get(step).stepOf[execution.choices().get(step)] = execution.footprints().get(step);
        }
        for (int step = nodes.size(); step < execution.steps(); step++) {
            Node parent = step == 0 ? null : nodes.get(step - 1);
            int previous = step == 0 ? -1 : execution.choices().get(step - 1);
            int preemptions = parent == null ? 0 : parent.preemptionsBefore + (preempts(parent, parent.chosen) ? 1 : 0);
            Footprint[] asleep = parent == null || !sleepSets ? new Footprint[threads] : parent.asleepAfterChosen();
            Node node = new Node(execution.runnable().get(step), preemptions, previous, execution.choices().get(step), asleep);
            node.stepOf[node.chosen] = execution.footprints().get(step);
            nodes.add(node);
        }
    }

    /**
     * Asks for one of {@code initials} to be tried before step {@code step}, unless one is already
     * scheduled there; prefers {@code preferred}. Threads past the preemption bound are left out.
     */
    void requireOneOf(int step, int initials, int preferred) {
        Node node = nodes.get(step);
        int allowed = allowed(node, initials & node.runnable);
        if ((node.backtrack & initials) != 0) {
            return;
        }
        if (allowed == 0) {
            node.skipped |= initials & node.runnable;
            return;
        }
        node.backtrack |= (allowed & 1 << preferred) != 0 ? 1 << preferred : Integer.lowestOneBit(allowed);
    }

    /** Asks for every thread that can run before step {@code step} to be tried there. */
    void requireAll(int step) {
        Node node = nodes.get(step);
        int allowed = allowed(node, node.runnable);
        node.skipped |= node.runnable & ~allowed;
        node.backtrack |= allowed;
    }

    /**
     * Moves to the deepest state with a thread still to try (not asleep there), and returns the
     * schedule prefix that reaches it with that thread's step; null when every state is done.
     */
    Continuation next() {
        for (int step = nodes.size() - 1; step >= 0; step--) {
            Node node = nodes.get(step);
            int left = node.backtrack & ~node.done & ~node.asleepMask();
            if (left != 0) {
                int thread = Integer.numberOfTrailingZeros(left);
                node.done |= 1 << thread;
                node.chosen = thread;
                discard(step + 1);
                List<Integer> prefix = new ArrayList<>();
                for (Node n : nodes) {
                    prefix.add(n.chosen);
                }
                return new Continuation(prefix, sleepSets ? node.sleepersBesideChosen() : new Footprint[threads]);
            }
        }
        discard(0);
        return null;
    }

    /** Alternatives that were never tried at a state left behind, because the reduction showed them equivalent. */
    long pruned() {
        return pruned;
    }

    /** Alternatives that were never tried at a state left behind, because of the preemption bound. */
    long beyondBound() {
        return beyondBound;
    }

    /** Leaves the states from {@code from} on, counting what was not tried there. */
    private void discard(int from) {
        for (Node node : nodes.subList(from, nodes.size())) {
            int untried = node.runnable & ~(node.backtrack & ~node.asleepMask());
            beyondBound += Integer.bitCount(untried & node.skipped);
            pruned += Integer.bitCount(untried & ~node.skipped);
        }
        nodes.subList(from, nodes.size()).clear();
    }

    private int allowed(Node node, int threads) {
        if (preemptionBound < 0) {
            return threads;
        }
        int allowed = 0;
        for (int t = 0; t < Integer.SIZE; t++) {
            boolean candidate = (threads & 1 << t) != 0;
            if (candidate && node.preemptionsBefore + (preempts(node, t) ? 1 : 0) <= preemptionBound) {
                allowed |= 1 << t;
            }
        }
        return allowed;
    }

    /** Choosing {@code thread} at {@code node} switches away from a thread that could go on. */
    private static boolean preempts(Node node, int thread) {
        return node.previous >= 0 && thread != node.previous && (node.runnable & 1 << node.previous) != 0;
    }
}
