package dev.poolscope.model.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;
import dev.poolscope.model.Landmark;
import dev.poolscope.model.ReplayModel;
import dev.poolscope.trace.EventKind;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The interesting events of the shipped scenarios, explained: the sentence, the word's bits and every thread's line. */
class ExplainedScenariosTest {

    @Test
    void crossWordRollbackAtItsFirstRollback() throws Exception {
        ReplayModel model = ScenarioTraces.open("cross-word-rollback");
        long seq = model.next(Landmark.ROLLBACK, -1).orElseThrow();
        EventContext context = EventContext.at(model, seq);
        PseudoCode code = PseudoCode.forVariant("mainline");

        assertEquals("T0 rolls back: clearing bits 60..63 it had set", EventNarrative.of(context));
        WordDiff diff = WordDiff.of(context).orElseThrow();
        assertEquals(0, diff.word());
        assertEquals(-1L, diff.before());
        assertEquals(-1L, diff.after());
        assertEquals(0, diff.changed(), "the ROLLBACK event announces the clear; the word changes at its swap");
        assertEquals(0xfL << 60, diff.halfDone(), "bits 60..63 are the half-done set the rollback undoes");
        assertEquals(List.of(new ThreadLine(0, lineOf(code, Statement.ROLLBACK)),
                new ThreadLine(1, lineOf(code, Statement.ALLOC_RETURN))), code.currentLines(context));
        assertEquals("bitmap_clear(chunk, bit, nbits - remain)  // rollback",
                code.lines().stream().filter(l -> l.number() == lineOf(code, Statement.ROLLBACK)).findFirst()
                        .orElseThrow().text().strip());
    }

    @Test
    void crossWordRollbackLosesOnTheSecondWord() throws Exception {
        ReplayModel model = ScenarioTraces.open("cross-word-rollback");
        long seq = model.next(Landmark.RACE, -1).orElseThrow();
        EventContext context = EventContext.at(model, seq);
        PseudoCode code = PseudoCode.forVariant("mainline");

        assertEquals("T0 CAS on word 1 of chunk 0: expected 0x0000, found 0x000f, failed: T1 set bits 64..67 at"
                + " event 17; bits it wants are taken, so the set stops on this word", EventNarrative.of(context));
        WordDiff diff = WordDiff.of(context).orElseThrow();
        assertEquals("expected", diff.beforeLabel());
        assertEquals("found", diff.afterLabel());
        assertEquals(0xfL, diff.changed());
        assertEquals(0, diff.halfDone(), "T0's half-done bits are in word 0, not in word 1");
        assertEquals("""
                expected  00000000 00000000 00000000 00000000 00000000 00000000 00000000 00000000
                found     11110000 00000000 00000000 00000000 00000000 00000000 00000000 00000000
                          ^^^^""", diff.render());
        assertEquals(List.of(new ThreadLine(0, lineOf(code, Statement.SET_CAS)),
                new ThreadLine(1, lineOf(code, Statement.ALLOC_RETURN))), code.currentLines(context));

        EventContext partial = EventContext.at(model, seq + 1);
        assertEquals("T0's set of bits 60..67 lost on word 1: 4 of 8 bits were not set", EventNarrative.of(partial));
        assertEquals(lineOf(code, Statement.PARTIAL_SET), code.currentLines(partial).get(0).line());
    }

    @Test
    void crossWordRollbackHoldsHalfASetAndGivesItBack() throws Exception {
        ReplayModel model = ScenarioTraces.open("cross-word-rollback");
        PseudoCode code = PseudoCode.forVariant("mainline");
        EventContext firstWord = EventContext.at(model, 11);
        assertEquals("T0 CAS on word 0 of chunk 0: expected 0x0fffffffffffffff, found it, swapped in"
                + " 0xffffffffffffffff: set bits 60..63", EventNarrative.of(firstWord));
        WordDiff set = WordDiff.of(firstWord).orElseThrow();
        assertEquals(0xfL << 60, set.changed());
        assertEquals(0xfL << 60, set.halfDone(), "word 0 is done, word 1 is not: the set is half-done");
        assertEquals("11111111 11111111 11111111 11111111 11111111 11111111 11111111 11110000",
                WordDiff.bits(set.before()));

        EventContext clear = EventContext.at(model, 24);
        assertEquals("T0 CAS on word 0 of chunk 0: expected 0xffffffffffffffff, found it, swapped in"
                + " 0x0fffffffffffffff: cleared bits 60..63", EventNarrative.of(clear));
        assertEquals(0, WordDiff.of(clear).orElseThrow().halfDone(), "the rollback has cleared them");
        assertEquals(lineOf(code, Statement.CLEAR_CAS), code.currentLines(clear).get(0).line());
        assertEquals("T0 reads word 0 of chunk 0: 0xffffffffffffffff, to clear bits 60..63",
                EventNarrative.of(EventContext.at(model, 23)));

        EventContext retry = EventContext.at(model, model.next(Landmark.RETRY, -1).orElseThrow());
        assertEquals("T0 retries: searching again from bit 60 (retry 1)", EventNarrative.of(retry));
        assertEquals(lineOf(code, Statement.RETRY), code.currentLines(retry).get(0).line());
        assertEquals("T0 searches chunk 0 for 8 free bits from bit 60: found bits 68..75 (0x10000880)",
                EventNarrative.of(EventContext.at(model, 26)));
        assertEquals("T0's alloc of 256 B returns 0x10000880 in chunk 0, after 1 retry",
                EventNarrative.of(EventContext.at(model, model.lastSeq())));
    }

    @Test
    void sameWordRaceRetriesTheSwapWithTheValueItFound() throws Exception {
        ReplayModel model = ScenarioTraces.open("same-word-race");
        long seq = model.next(Landmark.RACE, -1).orElseThrow();
        EventContext context = EventContext.at(model, seq);
        PseudoCode code = PseudoCode.forVariant("mainline");

        assertEquals("T0 CAS on word 0 of chunk 0: expected 0x00f0, found 0xfff0, failed: T1 set bits 8..15 at"
                + " event 27; none of its bits is affected, so it tries again with 0xfff0", EventNarrative.of(context));
        WordDiff diff = WordDiff.of(context).orElseThrow();
        assertEquals(0xf0L, diff.before());
        assertEquals(0xfff0L, diff.after());
        assertEquals(0xff00L, diff.changed());
        assertTrue(diff.isChanged(8) && !diff.isChanged(7) && diff.isSetAfter(15) && !diff.isSetBefore(15));
        assertEquals(List.of(new ThreadLine(0, lineOf(code, Statement.SET_CAS)),
                new ThreadLine(1, lineOf(code, Statement.ALLOC_RETURN))), code.currentLines(context));

        EventContext freeing = EventContext.at(model, 15);
        assertEquals("T0 reads word 0 of chunk 0: 0x00ff, to clear bits 0..3", EventNarrative.of(freeing));
        assertEquals(lineOf(code, Statement.CLEAR_READ), code.currentLines(freeing).get(0).line());
    }

    @Test
    void freeRacesAllocNamesTheFreeingThreadAsCulprit() throws Exception {
        ReplayModel model = ScenarioTraces.open("free-races-alloc");
        EventContext context = EventContext.at(model, model.next(Landmark.RACE, -1).orElseThrow());
        assertEquals("T1 CAS on word 0 of chunk 0: expected 0x000f, found 0x0000, failed: T0 cleared bits 0..3 at"
                + " event 13; none of its bits is affected, so it tries again with 0x0000", EventNarrative.of(context));
        PseudoCode code = PseudoCode.forVariant("mainline");
        assertEquals(List.of(new ThreadLine(0, lineOf(code, Statement.FREE_RETURN)),
                new ThreadLine(1, lineOf(code, Statement.SET_CAS))), code.currentLines(context));
        assertEquals("T0 frees 128 B at 0x10000000: 4 units of 32 B",
                EventNarrative.of(EventContext.at(model, 11)));
        assertEquals("T0 gives 128 B back to chunk 0's avail: 4 KiB free now",
                EventNarrative.of(EventContext.at(model, 14)));
        assertEquals("T0's free of 128 B at 0x10000000 is done", EventNarrative.of(EventContext.at(model, 15)));
    }

    @Test
    void retryStormRollsBackNothing() throws Exception {
        ReplayModel model = ScenarioTraces.open("retry-storm");
        EventContext rollback = EventContext.at(model, model.next(Landmark.ROLLBACK, -1).orElseThrow());
        assertEquals("T0 rolls back: it had set no bits yet, so there is nothing to clear", EventNarrative.of(rollback));
        assertEquals(0, WordDiff.of(rollback).orElseThrow().halfDone());
        EventContext partial = EventContext.at(model, rollback.event().seq() - 1);
        assertEquals(EventKind.PARTIAL_SET, partial.event().kind());
        assertEquals("T0's set of bits 0..3 lost on word 0: 4 of 4 bits were not set", EventNarrative.of(partial));
        assertEquals("T0's alloc of 128 B returns 0x10000300 in chunk 0, after 6 retries",
                EventNarrative.of(EventContext.at(model, model.lastSeq())));
    }

    @Test
    void v4SearchStartCarriesTheFailedSearchIntoTheNextChunk() throws Exception {
        ReplayModel model = ScenarioTraces.open("v4-search-start");
        PseudoCode code = PseudoCode.forVariant("v4-patch");
        assertEquals("T1 reads chunk 1's avail: 1 KiB free, enough for 768 B, so it searches the chunk",
                EventNarrative.of(EventContext.at(model, 39)));
        EventContext failed = EventContext.at(model, 40);
        assertEquals("T1 searches chunk 1 for 24 free bits from bit 0: found nothing", EventNarrative.of(failed));
        assertTrue(WordDiff.of(failed).isEmpty());
        EventContext carried = EventContext.at(model, 42);
        assertEquals("T1 searches chunk 0 for 24 free bits from bit 72: found bits 72..95 (0x10000900)",
                EventNarrative.of(carried));
        assertEquals(List.of(new ThreadLine(0, lineOf(code, Statement.FREE_RETURN)),
                new ThreadLine(1, lineOf(code, Statement.SEARCH))), code.currentLines(carried));
        assertTrue(code.lines().stream().anyMatch(l -> l.text().contains("v4 patch: 'from' is not reset")));

        EventContext fails = EventContext.at(model, 61);
        assertEquals("T1's alloc of 768 B fails: it returns 0", EventNarrative.of(fails));
        assertEquals(lineOf(code, Statement.ALLOC_FAIL), code.currentLines(fails).get(1).line());
        assertEquals("T1 allocates 768 B: 24 units of 32 B", EventNarrative.of(EventContext.at(model, 38)));
    }

    @Test
    void lockedVsLocklessExplainsTheLocks() throws Exception {
        ReplayModel model = ScenarioTraces.open("locked-vs-lockless");
        PseudoCode code = PseudoCode.forVariant("pre-patch");
        assertEquals("T0 asks for the pool's lock, shared (read)", EventNarrative.of(EventContext.at(model, 2)));
        assertEquals("T1 asks for chunk 0's lock", EventNarrative.of(EventContext.at(model, 7)));
        EventContext waiting = EventContext.at(model, 11);
        assertEquals("T0 stores word 0 of chunk 0 under the chunk lock: 0x0000000000000000 → 0xffffffffffffffff,"
                + " set bits 0..63", EventNarrative.of(waiting));
        assertEquals(0xffff_ffff_ffff_ffffL, WordDiff.of(waiting).orElseThrow().halfDone(),
                "word 1 is still to do: word 0 is a half-done set");
        assertEquals(List.of(new ThreadLine(0, lineOf(code, Statement.SET_STORE)),
                new ThreadLine(1, lineOf(code, Statement.CHUNK_LOCK))), code.currentLines(waiting),
                "T1 waits at spin_lock while T0 stores");
        assertEquals("T0 releases chunk 0's lock", EventNarrative.of(EventContext.at(model, 14)));
        EventContext taken = EventContext.at(model, 15);
        assertEquals("T1 takes chunk 0's lock", EventNarrative.of(taken));
        assertEquals(List.of(new ThreadLine(0, lineOf(code, Statement.CHUNK_UNLOCK)),
                new ThreadLine(1, lineOf(code, Statement.CHUNK_LOCK))), code.currentLines(taken));
        assertEquals("T0 releases the pool's lock, shared (read)", EventNarrative.of(EventContext.at(model, 18)));
        assertEquals(lineOf(code, Statement.POOL_UNLOCK), code.currentLines(EventContext.at(model, 18)).get(0).line());
    }

    @Test
    void locklessSideOfLockedVsLocklessRollsBackAnEmptySet() throws Exception {
        ReplayModel model = ScenarioTraces.open("locked-vs-lockless", Variant.MAINLINE);
        EventContext race = EventContext.at(model, 9);
        assertEquals("T1 CAS on word 0 of chunk 0: expected 0x0000000000000000, found 0xffffffffffffffff, failed:"
                + " T0 set bits 0..63 at event 8; bits it wants are taken, so the set stops on this word",
                EventNarrative.of(race));
        EventContext halfway = EventContext.at(model, 10);
        assertEquals("T0 reads word 1 of chunk 0: 0x0000, to set bits 64..95", EventNarrative.of(halfway));
    }

    private static int lineOf(PseudoCode code, Statement statement) {
        return code.lineOf(statement).orElseThrow();
    }
}
