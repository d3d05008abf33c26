package dev.poolscope.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The bitmap marks and the owners of the cross-word-rollback scenario at its rollback. */
class EventBitmapTest {

    @Test
    void atTheRollbackTheHalfDoneBitsTheLostWordAndEveryOwnerAreNamed() throws Exception {
        ReplayModel model = ScenarioTraces.open("cross-word-rollback");
        long seq = model.next(Landmark.ROLLBACK, -1).orElseThrow();
        EventBitmap bitmap = EventBitmap.at(model, seq);

        assertEquals(List.of(new HalfDoneSet(0, 0, 60, 4, true)), bitmap.halfDoneSets());
        assertEquals(0xfL << 60, bitmap.halfDone(0, 0));
        assertEquals(0xfL << 60, bitmap.rollingBack(0, 0));
        assertEquals(List.of(new EventBitmap.WordRef(0, 1)), bitmap.contestedWords(), "T0's set lost on word 1");
        assertEquals(0, bitmap.changed(0, 0) | bitmap.changed(0, 1), "the ROLLBACK event writes nothing");

        BitOwner first = bitmap.owner(0, 10).orElseThrow();
        assertEquals(0, first.thread());
        assertEquals(1920, first.size());
        assertEquals(0x1000_0000L, first.address());
        assertEquals(false, first.halfDone());
        assertTrue(first.allocatedSeq() >= 0 && first.allocatedSeq() < seq);
        assertEquals(new BitOwner(0, 256, 0x1000_0000L + 60 * 32, 0, 60, 8, -1, true, true), bitmap.owner(0, 61).orElseThrow());
        BitOwner t1 = bitmap.owner(0, 65).orElseThrow();
        assertEquals(1, t1.thread());
        assertEquals(128, t1.size());
        assertEquals(64, t1.startBit());
        assertEquals(Optional.empty(), bitmap.owner(0, 100), "a free bit has no owner");
        assertEquals(0, bitmap.mainOwner(0, 0, 64));
        assertEquals(1, bitmap.mainOwner(0, 64, 64));
        assertEquals(-1, bitmap.mainOwner(0, 80, 48));
        assertEquals(64, bitmap.setBits(0, 0, 64));
        assertEquals(4, bitmap.setBits(0, 64, 128));
    }

    @Test
    void theRollbacksSwapChangesTheBitsItClearsAndReleasesThem() throws Exception {
        ReplayModel model = ScenarioTraces.open("cross-word-rollback");
        long rollback = model.next(Landmark.ROLLBACK, -1).orElseThrow();
        long clear = model.nextEventOf(0, model.nextEventOf(0, rollback).orElseThrow()).orElseThrow();
        EventBitmap bitmap = EventBitmap.at(model, clear);

        assertEquals(0xfL << 60, bitmap.changed(0, 0));
        assertEquals(0, bitmap.halfDone(0, 0), "the cleared bits are no longer held");
        assertEquals(Optional.empty(), bitmap.owner(0, 61));
        assertEquals(List.of(new EventBitmap.WordRef(0, 1)), bitmap.contestedWords(), "still rolling back");
    }

    @Test
    void aFailedCasContestsItsWord() throws Exception {
        ReplayModel model = ScenarioTraces.open("cross-word-rollback");
        long race = model.next(Landmark.RACE, -1).orElseThrow();
        EventBitmap bitmap = EventBitmap.at(model, race);

        assertEquals(List.of(new EventBitmap.WordRef(0, 1)), bitmap.contestedWords());
        assertEquals(new HalfDoneSet(0, 0, 60, 4, false), bitmap.halfDoneSets().get(0), "not lost yet: no rollback");
        BitOwner holder = bitmap.owner(0, 60).orElseThrow();
        assertTrue(holder.halfDone() && !holder.rollingBack());
    }
}
