package dev.poolscope.trace.branch;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * An event of a scheduled trace where a branch can start: the step after it, the thread the trace
 * takes there, and the others that could take it instead. Made by {@link Branching#at}, which ran
 * the trace's run again up to the event and found it the same.
 */
public final class BranchPoint {

    private final Path parent;
    private final long event;
    private final int step;
    private final OptionalInt taken;
    private final List<Integer> alternatives;
    private final ParentRun run;
    private final List<Integer> parentSchedule;
    private final long seed;

    BranchPoint(Path parent, long event, int step, ParentRun run, List<Integer> parentSchedule,
            List<Integer> alternatives, long seed) {
        this.parent = parent;
        this.event = event;
        this.step = step;
        this.run = run;
        this.parentSchedule = List.copyOf(parentSchedule);
        this.taken = step + 1 < parentSchedule.size() ? OptionalInt.of(parentSchedule.get(step + 1)) : OptionalInt.empty();
        this.alternatives = List.copyOf(alternatives);
        this.seed = seed;
    }

    /** The trace branched. */
    public Path parent() {
        return parent;
    }

    /** The seq of the trace's event the branch shares last. */
    public long event() {
        return event;
    }

    /** The step the event was recorded at; the branch's own first step is the one after it. */
    public int step() {
        return step;
    }

    /** The thread the trace takes the next step with; empty when the event is the run's last step. */
    public OptionalInt taken() {
        return taken;
    }

    /** The other threads that can take the next step, in thread order: each makes a branch. */
    public List<Integer> alternatives() {
        return alternatives;
    }

    ParentRun run() {
        return run;
    }

    List<Integer> parentSchedule() {
        return parentSchedule;
    }

    long seed() {
        return seed;
    }

    /** "after event 41 (step 41) T0 takes the next step; T1 or T2 could instead". */
    public String describe() {
        String instead = alternatives.isEmpty() ? "no other thread can run there"
                : alternatives.stream().map(t -> "T" + t).reduce((a, b) -> a + " or " + b).orElseThrow()
                        + (alternatives.size() == 1 ? " can" : " could") + " instead";
        String next = taken.isPresent() ? "T" + taken.getAsInt() + " takes the next step" : "the run has ended";
        return "after event " + event + " (step " + step + ") " + next + "; " + instead;
    }
}
