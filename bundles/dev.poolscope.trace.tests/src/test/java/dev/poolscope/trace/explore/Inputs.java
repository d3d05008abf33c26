package dev.poolscope.trace.explore;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;
import static dev.poolscope.trace.workload.ScriptedProgram.freeAllocation;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.ScriptedProgram;
import dev.poolscope.trace.workload.ScriptedProgram.Instruction;
import dev.poolscope.trace.workload.ThreadProgram;

import java.util.List;

/** Small inputs for the exploration tests: order-5 units (32 bytes), one chunk of one or two bitmap words. */
final class Inputs {

    static final long BASE = 0x1000_0000L;

    private Inputs() {
    }

    static PoolSpec words(int words, Variant variant) {
        return new PoolSpec(5, List.of(new ChunkSpec(BASE, words * 64L * 32)), Algorithm.firstFit(), variant);
    }

    @SafeVarargs
    static ExploreInput of(String name, PoolSpec pool, List<Instruction>... scripts) {
        List<List<Instruction>> copy = List.of(scripts);
        return new ExploreInput(name, pool, copy.size(),
                () -> copy.stream().<ThreadProgram>map(ScriptedProgram::new).toList(), pool::create);
    }

    /** Two threads take 20 units each of a one-word chunk. */
    static ExploreInput twoAllocsOneWord(Variant variant) {
        return of("two allocs, one word", words(1, variant), List.of(alloc(20 * 32)), List.of(alloc(20 * 32)));
    }

    /** T0 takes and frees 20 units while T1 takes 20 units, one word. */
    static ExploreInput allocFreeRacesAlloc(Variant variant) {
        return of("alloc and free against alloc, one word", words(1, variant),
                List.of(alloc(20 * 32), freeAllocation(0)), List.of(alloc(20 * 32)));
    }

    /** Two threads take 40 units each of a two-word chunk: one set crosses the boundary. */
    static ExploreInput twoAllocsAcrossWords(Variant variant) {
        return of("two allocs across a word boundary", words(2, variant), List.of(alloc(40 * 32)), List.of(alloc(40 * 32)));
    }
}
