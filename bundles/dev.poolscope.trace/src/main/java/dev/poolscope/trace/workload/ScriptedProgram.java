package dev.poolscope.trace.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread program written out by hand, as scenarios use them: allocations of given sizes and
 * frees of the thread's own earlier allocations, in order.
 */
public final class ScriptedProgram implements ThreadProgram {

    /** One line of a script. */
    public sealed interface Instruction {
    }

    /** Allocate {@code size} bytes. */
    public record AllocBytes(long size) implements Instruction {
    }

    /** Free this thread's successful allocation number {@code index} (from 0), with its size. */
    public record FreeAllocation(int index) implements Instruction {
    }

    /** An allocation the thread made: where, and the size it asked for. */
    private record Held(long address, long size) {
    }

    private final List<Instruction> script;
    private final List<Held> allocations = new ArrayList<>();
    private int position;

    public ScriptedProgram(List<Instruction> script) {
        this.script = List.copyOf(script);
    }

    public static Instruction alloc(long size) {
        return new AllocBytes(size);
    }

    public static Instruction freeAllocation(int index) {
        return new FreeAllocation(index);
    }

    /**
     * @throws IllegalStateException when a free names an allocation the thread has not made
     */
    @Override
    public PlannedOperation next() {
        PlannedOperation next = null;
        if (position < script.size()) {
            Instruction instruction = script.get(position++);
            if (instruction instanceof AllocBytes alloc) {
                next = new PlannedOperation.Alloc(alloc.size());
            } else {
                int index = ((FreeAllocation) instruction).index();
                if (index >= allocations.size()) {
                    throw new IllegalStateException(String.format(
                            "instruction %d frees allocation #%d, but the thread has made only %d",
                            position - 1, index, allocations.size()));
                }
                Held held = allocations.get(index);
                next = new PlannedOperation.Free(held.address(), held.size());
            }
        }
        return next;
    }

    @Override
    public void allocated(PlannedOperation.Alloc alloc, long address) {
        if (address != 0) {
            allocations.add(new Held(address, alloc.size()));
        }
    }
}
