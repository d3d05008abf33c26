package dev.poolscope.model.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.model.explain.EventBitmap;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.scenario.Scenarios;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A trace-mode cell's marks and words at the cross-word-rollback scenario's rollback. */
class TraceCellTest {

    private ReplayModel model;
    private long rollback;

    @BeforeEach
    void open() throws Exception {
        model = ReplayModel.open(Recorded.scenario(Scenarios.byName("cross-word-rollback")).trace());
        rollback = model.next(Landmark.ROLLBACK, -1).orElseThrow();
    }

    @Test
    void atTheRollbackEachBitCarriesItsMarks() throws Exception {
        EventBitmap bitmap = EventBitmap.at(model, rollback);
        GridBlock bits = GridLayout.of(model.header().chunks(), model.header().minAllocOrder(), 1000, 700, 0).block(0);
        assertEquals(1, bits.bitsPerCell());
        assertEquals(new TraceCell(1, 0, false, -1, false, false), TraceCell.of(bitmap, bits, 10), "T0's finished allocation");
        assertEquals(new TraceCell(1, 0, true, 0, true, false), TraceCell.of(bitmap, bits, 61),
                "half-done by T0 and being rolled back");
        assertEquals(new TraceCell(0, -1, false, -1, false, false), TraceCell.of(bitmap, bits, 100), "free");

        assertEquals(String.format("T0 alloc 1,920 B at 0x10000000, allocated at event %,d", model.allocations().get(0).setSeq()),
                TraceCellText.of(bitmap, bits, 10));
        assertEquals("being set by T0, half-done (alloc 256 B at 0x10000780); the set lost and a rollback is clearing it",
                TraceCellText.of(bitmap, bits, 61));
        assertEquals("free · word 1 is contested", TraceCellText.of(bitmap, bits, 100));
    }

    @Test
    void aWordWideCellSumsItsBitsAndMarks() throws Exception {
        EventBitmap bitmap = EventBitmap.at(model, rollback);
        GridBlock words = new GridBlock(0, model.header().chunks().get(0), model.header().minAllocOrder(), 64, 64, 6, 0, 0);
        TraceCell first = TraceCell.of(bitmap, words, 0);
        assertEquals(64, first.set(), "bits 0..59 allocated and 60..63 half-done");
        assertEquals(0, first.owner());
        assertTrue(first.halfDone() && first.rollingBack());
        assertEquals("64 of 64 allocated, most by T0", TraceCellText.of(bitmap, words, 0));
        assertTrue(TraceCellText.of(bitmap, words, 1).endsWith(" · word 1 is contested"), TraceCellText.of(bitmap, words, 1));

        long clear = model.nextEventOf(0, model.nextEventOf(0, rollback).orElseThrow()).orElseThrow();
        TraceCell cleared = TraceCell.of(EventBitmap.at(model, clear), words, 0);
        assertTrue(cleared.changed(), "the clear changed bits 60..63");
        assertFalse(TraceCell.of(EventBitmap.at(model, clear), words, 1).changed(), "and nothing in word 1");
        assertEquals(60, cleared.set());
    }
}
