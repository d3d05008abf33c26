package dev.poolscope.trace.scenario;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;
import static dev.poolscope.trace.workload.ScriptedProgram.freeAllocation;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.sched.ScriptedSchedule;
import dev.poolscope.trace.sched.Until;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;

/** A free clears bits of the word an allocation is about to swap; the allocation's swap fails and is retried. */
final class FreeRacesAlloc {

    private FreeRacesAlloc() {
    }

    static Scenario create() {
        return new Scenario("free-races-alloc", "A free changes the word an allocation is about to swap",
                "T0 holds 128 bytes at bits 0-3 of word 0 (0xf). T1 asks for 128 bytes, first-fit finds bits"
                        + " 4-7, and T1 reads word 0 as 0xf. Before T1 swaps, T0 frees its block: its own swap"
                        + " clears bits 0-3 and word 0 becomes 0. T1's swap then fails: it expected 0xf and"
                        + " witnesses 0. Nothing T1 wants is taken, so set_bits tries again at once with the new"
                        + " value and succeeds (0 becomes 0xf0). T1 keeps bits 4-7 although bits 0-3 are free by"
                        + " now: the search ran before the free. Watch word 0: bits going dark under a thread that"
                        + " only wants to set others still cost it a failed swap.",
                new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 4096)), Algorithm.firstFit(), Variant.MAINLINE),
                List.of(),
                List.of(List.of(alloc(128), freeAllocation(0)), List.of(alloc(128))),
                ScriptedSchedule.builder()
                        .runUntil(0, Until.endsOperation())
                        .runUntil(1, Until.readsWord(0))
                        .runToEnd(0)
                        .script(),
                new EventMatch.CasFailure());
    }
}
