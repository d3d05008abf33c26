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

/** Two allocations of different bits in one word: one CAS loses and is retried on the new value. */
final class SameWordRace {

    private SameWordRace() {
    }

    static Scenario create() {
        return new Scenario("same-word-race", "Two threads race for one bitmap word",
                "T0 first allocates two 128-byte blocks and frees the first, so bits 0-3 of word 0 are free and"
                        + " bits 4-7 taken (word 0 = 0xf0). Then both threads allocate at once: T0 128 bytes"
                        + " (4 bits), which first-fit places at bit 0, and T1 256 bytes (8 bits), which does not fit"
                        + " there and goes to bit 8. Both read word 0 as 0xf0. T1 swaps first and the word becomes"
                        + " 0xfff0. T0's compare-and-swap then fails: it expected 0xf0 and witnesses 0xfff0. Its own"
                        + " bits are still free, so nothing is rolled back and the search is not repeated: set_bits"
                        + " at once tries again with the value it witnessed, 0xfff0, and succeeds with 0xffff. Watch"
                        + " word 0: one word, two threads, two different bit ranges, one lost swap that costs a"
                        + " single retry of the swap.",
                new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 4096)), Algorithm.firstFit(), Variant.MAINLINE),
                List.of(),
                List.of(List.of(alloc(128), alloc(128), freeAllocation(0), alloc(128)), List.of(alloc(256))),
                ScriptedSchedule.builder()
                        .runUntil(0, Until.endsOperation(), 3)
                        .runUntil(0, Until.readsWord(0))
                        .runToEnd(1)
                        .script(),
                new EventMatch.CasFailure());
    }
}
