package dev.poolscope.trace;

import java.util.Objects;

/**
 * Where a branch comes from: the trace it was branched from, the event of that trace it shares last,
 * and the thread that took the step after it instead of the one the parent took. The branch's
 * events up to and including {@code event} are the parent's.
 *
 * @param parent the parent trace's path as it was when the branch was made (absolute)
 * @param event  the seq of the parent's event the branch shares last
 * @param thread the thread that took the next step in the branch
 */
public record BranchOrigin(String parent, long event, int thread) {

    /** The longest parent path a header holds, in bytes of UTF-8. */
    public static final int MAX_PARENT_BYTES = 4096;

    /** @throws IllegalArgumentException when the parent is blank, or the event or thread is negative */
    public BranchOrigin {
        Objects.requireNonNull(parent, "parent");
        if (parent.isBlank()) {
            throw new IllegalArgumentException("a branch names its parent trace");
        }
        if (event < 0 || thread < 0) {
            throw new IllegalArgumentException("a branch point is an event (from 0) and a thread (from 0), not event "
                    + event + " and T" + thread);
        }
    }

    /** "branched from P at event E, T2 taking the next step". */
    public String describe() {
        return "branched from " + parent + " at event " + event + ", T" + thread + " taking the next step";
    }
}
