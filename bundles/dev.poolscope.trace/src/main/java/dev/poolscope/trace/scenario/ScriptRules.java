package dev.poolscope.trace.scenario;

import dev.poolscope.trace.workload.ScriptedProgram;
import dev.poolscope.trace.workload.ScriptedProgram.Instruction;

import java.util.HashSet;
import java.util.Set;

/**
 * What a thread's script must be, operation by operation: allocations of at least one byte, and
 * frees of the thread's own allocations, each asked for earlier and freed once. Which allocations
 * will fail is not known before the run, so that is all a script can be checked for; a free of one
 * that failed stops the run.
 */
final class ScriptRules {

    private final int thread;
    private final Set<Integer> freed = new HashSet<>();
    private int allocs;

    ScriptRules(int thread) {
        this.thread = thread;
    }

    /** Takes the script's next operation. @throws IllegalArgumentException saying what is wrong with it */
    void accept(Instruction instruction) {
        if (instruction instanceof ScriptedProgram.AllocBytes alloc) {
            if (alloc.size() < 1) {
                throw new IllegalArgumentException("alloc " + alloc.size() + ": a size is 1 byte or more "
                        + "(gen_pool_alloc returns 0, failure, for 0 bytes)");
            }
            allocs++;
        } else {
            int index = ((ScriptedProgram.FreeAllocation) instruction).index();
            if (index < 0 || index >= allocs) {
                throw new IllegalArgumentException("free #" + index + ": T" + thread + " has asked for " + allocs
                        + (allocs == 1 ? " allocation" : " allocations") + " by then, numbered from #0");
            }
            if (!freed.add(index)) {
                throw new IllegalArgumentException("free #" + index + ": T" + thread + " has freed it already");
            }
        }
    }
}
