package dev.poolscope.trace.scenario;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.sched.ScriptedSchedule;
import dev.poolscope.trace.sched.Until;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;

/** A set across two words wins the first word, loses the second, and gives the first back. */
final class CrossWordRollback {

    private CrossWordRollback() {
    }

    static Scenario create() {
        return new Scenario("cross-word-rollback", "A two-word allocation loses on its second word and rolls back",
                "T0 fills bits 0-59 of word 0 (1920 bytes), then asks for 256 bytes: 8 bits, which first-fit"
                        + " finds at bits 60-67, across the boundary of words 0 and 1. set_bits works word by"
                        + " word: it swaps bits 60-63 into word 0, then reads word 1. There T1 steps in: word 0 is"
                        + " now full, so its 128-byte request (4 bits) goes to bits 64-67 of word 1, and it wins"
                        + " the swap. T0's swap on word 1 fails and the bits it wanted are taken: the set is"
                        + " partial (PARTIAL_SET: 4 of 8 bits remain). T0 rolls back (ROLLBACK): it clears bits"
                        + " 60-63 of word 0 again with a swap of its own, then searches again (RETRY) from bit 60"
                        + " and lands at bits 68-75. Watch word 0's top bits light up and go dark again: for a"
                        + " moment T0 held half an allocation.",
                new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 4096)), Algorithm.firstFit(), Variant.MAINLINE),
                List.of(),
                List.of(List.of(alloc(1920), alloc(256)), List.of(alloc(128))),
                ScriptedSchedule.builder()
                        .runUntil(0, Until.readsWord(1))
                        .runToEnd(1)
                        .script(),
                new EventMatch.PartialSetWithBitsSet());
    }
}
