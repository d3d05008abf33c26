package dev.poolscope.model.holders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poolscope.model.PoolState;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.testkit.LabelledScript;
import dev.poolscope.testkit.PrefilledRun;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who holds a hand-written labelled trace's pool, worked out by hand. The pool: 4 KiB of 32-byte
 * units. Start state: units 0-3 (100 B asked) and 5-6 (64 B), unit 4 freed before the trace: two
 * runs, 192 B. Recorded: dma 96 B (units 7-9), dma 33 B (10-11, 64 B held), gpwork 200 B (12-18,
 * 224 B held), an unlabelled 32 B (unit 4, by T0); then frees of the first dma allocation and of the
 * start state's first run.
 */
class HoldersTest {

    static final String DMA = "dma_alloc+0x5/0x40";
    static final String GPWORK = "gpwork_run+0x127/0x1000";

    private static ReplayModel model;
    private static long allocated;
    private static long dmaFreed;
    private static long startFreed;

    @BeforeAll
    static void record() throws Exception {
        LabelledScript script = new LabelledScript(List.of(DMA, GPWORK));
        long first = script.alloc(100);
        long gap = script.alloc(32);
        script.alloc(64);
        script.free(gap, 32);
        script.start();
        long dma = script.alloc(96, 0);
        assertEquals(LabelledScript.CHUNK_START + 7 * 32, dma);
        assertEquals(LabelledScript.CHUNK_START + 10 * 32, script.alloc(33, 0));
        assertEquals(LabelledScript.CHUNK_START + 12 * 32, script.alloc(200, 1));
        assertEquals(LabelledScript.CHUNK_START + 4 * 32, script.alloc(32));
        allocated = script.lastSeq();
        script.free(dma, 96);
        dmaFreed = script.lastSeq();
        script.free(first, 100);
        startFreed = script.lastSeq();
        model = ReplayModel.open(script.trace());
    }

    @Test
    void beforeTheFirstEventOnlyTheStartStateHoldsThePool() {
        assertEquals(List.of(new Holder(Holders.BEFORE_THE_TRACE, 192, 192, 2, 192 / 4096.0)), Holders.at(model, -1));
    }

    @Test
    void afterTheAllocationsEachCallerThreadAndTheStartStateHoldTheirUnitsMostFirst() {
        assertEquals(List.of(new Holder(GPWORK, 224, 200, 1, 224 / 4096.0),
                new Holder(Holders.BEFORE_THE_TRACE, 192, 192, 2, 192 / 4096.0),
                new Holder(DMA, 160, 129, 2, 160 / 4096.0),
                new Holder("T0", 32, 32, 1, 32 / 4096.0)), Holders.at(model, allocated));
    }

    @Test
    void aFreeTakesItsAllocationFromItsCaller() {
        assertEquals(List.of(new Holder(GPWORK, 224, 200, 1, 224 / 4096.0),
                new Holder(Holders.BEFORE_THE_TRACE, 192, 192, 2, 192 / 4096.0),
                new Holder(DMA, 64, 33, 1, 64 / 4096.0),
                new Holder("T0", 32, 32, 1, 32 / 4096.0)), Holders.at(model, dmaFreed));
    }

    @Test
    void equalBytesAreOrderedByNameAfterAFreeOfStartStateUnits() {
        assertEquals(List.of(new Holder(GPWORK, 224, 200, 1, 224 / 4096.0),
                new Holder(Holders.BEFORE_THE_TRACE, 64, 64, 1, 64 / 4096.0),
                new Holder(DMA, 64, 33, 1, 64 / 4096.0),
                new Holder("T0", 32, 32, 1, 32 / 4096.0)), Holders.at(model, startFreed));
    }

    @Test
    void theTextNamesTheTopHoldersThenWhatTheRestHold() {
        assertEquals("held then: " + GPWORK + " 224 B in 1 allocation (5.5 %), before the trace 64 B in 1 allocation"
                + " (1.6 %), and 2 more holding 96 B (2.3 %)", HoldersText.heldThen(Holders.at(model, startFreed), 2));
        assertEquals("held then: before the trace 192 B in 2 allocations (4.7 %)",
                HoldersText.heldThen(Holders.at(model, -1), 3));
        assertEquals("held then: nothing, the pool was empty", HoldersText.heldThen(List.of(), 3));
    }

    @Test
    void aLegendNamesAKernelCallerWithoutItsFunctionsSizeAndModule() {
        assertEquals("gpwork_run+0x127", HoldersText.brief("gpwork_run+0x127/0x1000[poolscope_gpwork]"));
        assertEquals("dma_alloc+0x5", HoldersText.brief(DMA));
        assertEquals("T3", HoldersText.brief("T3"));
        assertEquals(Holders.BEFORE_THE_TRACE, HoldersText.brief(Holders.BEFORE_THE_TRACE));
    }

    @Test
    void theRankingForColoursCountsEveryAllocationOfTheTraceButTheStartState() {
        assertEquals(List.of(GPWORK, DMA, "T0"), CallerRanking.overTrace(model.header(), model.allocations()));
    }

    @Test
    void theBytesHeldAreThePoolsAllocatedBytesAfterEveryOperationOfAPrefilledRun() throws Exception {
        PrefilledRun run = PrefilledRun.record(7, 80, 300, List.of(DMA, GPWORK, "atomic_pool_expand+0x22/0x300"));
        ReplayModel prefilled = ReplayModel.open(run.trace());
        for (PrefilledRun.QuietState quiet : run.states()) {
            PoolState state = prefilled.stateAt(quiet.seq());
            long allocatedBytes = 0;
            for (int chunk = 0; chunk < state.chunkCount(); chunk++) {
                allocatedBytes += prefilled.header().chunks().get(chunk).size() - state.avail(chunk);
            }
            long held = Holders.at(prefilled, quiet.seq()).stream().mapToLong(Holder::bytes).sum();
            assertEquals(allocatedBytes, held, "after event " + quiet.seq());
        }
    }

    @Test
    void anAllocationPlacedWithoutASearchHoldsItsUnitsFromItsEndUntilItsFree() throws Exception {
        LabelledScript script = new LabelledScript(List.of(DMA, GPWORK)).start();
        long address = LabelledScript.CHUNK_START + 40 * 32;
        script.place(address, 100, 1); // as an import places an overlapped alloc: 4 units from unit 40
        long placed = script.lastSeq();
        script.alloc(64, 0);
        script.free(address, 100);
        ReplayModel placedModel = ReplayModel.open(script.trace());
        assertEquals(List.of(), Holders.at(placedModel, placed - 1), "before its end it holds nothing");
        assertEquals(List.of(new Holder(GPWORK, 128, 100, 1, 128 / 4096.0)), Holders.at(placedModel, placed));
        assertEquals(40, placedModel.allocations().ownerOf(0, 43, placed).orElseThrow().startBit());
        assertEquals(List.of(new Holder(DMA, 64, 64, 1, 64 / 4096.0)), Holders.at(placedModel, placedModel.lastSeq()),
                "its free releases it");
    }

    @Test
    void theLiveAllocationsOfAnEventCannotBeChangedByTheirReader() {
        List<?> live = model.allocations().liveAt(allocated);
        assertThrows(UnsupportedOperationException.class, live::clear);
    }
}
