package dev.poolscope.trace.scenario;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;
import static dev.poolscope.trace.workload.ScriptedProgram.freeAllocation;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.ScriptedSchedule;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PoolSpec;

import java.util.List;

/** The v4 patch's search start carried from one chunk into the next, against mainline on the same schedule. */
final class V4SearchStart {

    private V4SearchStart() {
    }

    static Scenario create() {
        return new Scenario("v4-search-start", "The v4 patch carries the search start into the next chunk",
                "Two chunks: chunk 0, 4 KiB (128 bits), and chunk 1, 2 KiB (64 bits), added last and so"
                        + " searched first. T0 fills chunk 1 with four 512-byte blocks and frees the second and"
                        + " the fourth: chunk 1 has 1 KiB free, but only in two holes of 16 bits. Then T1 asks"
                        + " three times for 768 bytes (24 bits). Each time chunk 1's avail (1 KiB) passes the"
                        + " pre-check, the search fails there and ends at bit 72, and the allocation moves on to"
                        + " chunk 0. Mainline starts chunk 0's search at bit 0 and places the three blocks at bits"
                        + " 0, 24 and 48. The v4 patch as posted does not reset the start: it searches chunk 0 from"
                        + " bit 72, the failed search's end in chunk 1, so the first block lands at bit 72 and the"
                        + " second at bit 96, later than they should, and the third fails (returns 0) although"
                        + " bits 0-71 of chunk 0 are still free. Run both and compare T1's SEARCH in chunk 0:"
                        + " from_bit=0 under mainline, from_bit=72 under v4.",
                new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 4096), new ChunkSpec(0x1001_0000L, 2048)),
                        Algorithm.firstFit(), Variant.V4_PATCH),
                List.of(Variant.MAINLINE),
                List.of(List.of(alloc(512), alloc(512), alloc(512), alloc(512), freeAllocation(1), freeAllocation(3)),
                        List.of(alloc(768), alloc(768), alloc(768))),
                ScriptedSchedule.builder().runToEnd(0).runToEnd(1).script(),
                new EventMatch.InChunk(EventKind.SEARCH, 0));
    }
}
