package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.GenPool;
import dev.poolscope.core.Variant;
import dev.poolscope.model.Turns.Turn;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * Two threads, A (0) and B (1), take turns at probe points so that a race happens exactly where
 * wanted; the race index must pair A's failed CAS with B's write and each rollback with its bits.
 * The main thread (2) prepares the pool. Units are 32 bytes.
 */
class InterleavingTest {

    private static final int A = 0;
    private static final int B = 1;

    /** A pool of one chunk, whose every step is recorded and passes through the turns. */
    private static final class Setup {
        final MemoryRecorder recorder = MemoryRecorder.realTime();
        final GenPool pool;
        final Turns turns;

        Setup(long chunkBytes, Turns turns) {
            this.turns = turns;
            pool = GenPool.create(5, Variant.MAINLINE, turns.probe(recorder));
            recorder.threadIds().bindCurrentThread(2);
            pool.addChunk(0x10000, 0, chunkBytes);
        }

        /** Runs A's and B's work, each starting at its first turn, and returns the trace. */
        MemoryTrace run(Callable<?> workOfA, Callable<?> workOfB) throws Exception {
            TraceHeader header = TraceHeader.of(pool, 3, "turns", 0);
            ExecutorService executor = Executors.newFixedThreadPool(2);
            try {
                Future<?> a = executor.submit(inTurn(A, workOfA));
                Future<?> b = executor.submit(inTurn(B, workOfB));
                a.get();
                b.get();
            } finally {
                executor.shutdownNow();
            }
            return recorder.trace(header);
        }

        private Callable<Void> inTurn(int thread, Callable<?> work) {
            return () -> {
                recorder.threadIds().bindCurrentThread(thread);
                try {
                    turns.awaitTurn(thread);
                    work.call();
                } finally {
                    turns.finished(thread);
                }
                return null;
            };
        }
    }

    private static Event only(MemoryTrace trace, Predicate<Event> which) {
        List<Event> found = trace.events().stream().filter(which).toList();
        assertEquals(1, found.size(), () -> "events found: " + found);
        return found.get(0);
    }

    @Test
    void aFreeLosesItsCasToAnAllocOnTheSameWordAndCasesAgain() throws Exception {
        // A allocates bits 0-1 and reads word 0 to free them; B allocates bits 2-3 meanwhile; A's CAS fails and retries on the new value
        Setup setup = new Setup(64 * 32, new Turns(new Turn(A, "wordRead", 2), new Turn(B, "allocEnd", 1),
                new Turn(A, "freeEnd", 1)));
        MemoryTrace trace = setup.run(() -> {
            setup.pool.free(setup.pool.alloc(64), 64);
            return null;
        }, () -> setup.pool.alloc(64));
        ReplayModel model = ReplayModel.open(trace);

        Event casOfB = only(trace, e -> e.thread() == B && e.casSucceeded());
        Event failedCas = only(trace, Event::casFailed);
        assertEquals(1, model.races().size());
        assertEquals(new Race(failedCas.seq(), A, 0, 0, 0x3, 0xf, casOfB.seq(), B), model.races().get(0));
        assertEquals(0xc, model.races().get(0).changedBits());
        assertEquals(CulpritOrder.BEFORE, model.races().get(0).culpritOrder(), "B's CAS ran, and was numbered, before A's");
        assertEquals(0, model.rollbacks().size());

        PoolState atRace = model.stateAt(failedCas.seq());
        assertEquals(0xf, atRace.word(0, 0), "a failed CAS changes nothing");
        ThreadPosition a = atRace.thread(A);
        assertEquals(Operation.FREE, a.operation());
        assertEquals(Step.CLEAR_WORD, a.step());
        assertEquals(0, a.word());
        assertEquals(0x10000, a.address());
        assertEquals(Step.DONE, atRace.thread(B).step());
        assertEquals(0x10000 + 2 * 32, atRace.thread(B).address());
        assertEquals(0xc, model.stateAt(model.lastSeq()).word(0, 0));
        assertEquals(setup.pool.chunks().get(0).avail(), model.stateAt(model.lastSeq()).avail(0));
    }

    @Test
    void aSetLosingOnItsThirdWordRollsBackTwoWords() throws Exception {
        // the main thread takes bits 0-59; A's 70 bits from 60 span words 0, 1 and 2; B takes bits 128-129
        // after A has set words 0 and 1 and read word 2, so A's CAS on word 2 fails and A undoes bits 60-127
        Setup setup = new Setup(256 * 32, new Turns(new Turn(A, "wordRead", 3), new Turn(B, "allocEnd", 1),
                new Turn(A, "allocEnd", 1)));
        setup.pool.alloc(60 * 32);
        MemoryTrace trace = setup.run(() -> setup.pool.alloc(70 * 32), () -> setup.pool.alloc(2 * 32));
        ReplayModel model = ReplayModel.open(trace);

        Event casOfB = only(trace, e -> e.thread() == B && e.casSucceeded());
        Event failedCas = only(trace, Event::casFailed);
        Event rollbackEvent = only(trace, e -> e.kind() == EventKind.ROLLBACK);
        Event retry = only(trace, e -> e.kind() == EventKind.RETRY);
        Event beginOfA = only(trace, e -> e.thread() == A && e.kind() == EventKind.ALLOC_BEGIN);

        assertEquals(List.of(new Race(failedCas.seq(), A, 0, 2, 0, 0x3, casOfB.seq(), B)),
                List.of(model.races().get(0)));
        assertEquals(1, model.rollbacks().size());
        Rollback rollback = model.rollbacks().get(0);
        assertEquals(new Rollback(rollbackEvent.seq(), A, 0, 60, 68), rollback);
        assertEquals(rollback, model.rollbacks().at(rollbackEvent.seq()).orElseThrow());
        assertEquals(0, rollback.firstWord());
        assertEquals(2, rollback.wordCount());
        assertEquals(2, rollback.lostWord());
        assertEquals(0xf000_0000_0000_0000L, rollback.bitsIn(0));
        assertEquals(-1L, rollback.bitsIn(1));
        assertEquals(0, rollback.bitsIn(2));
        assertEquals(1, model.retries().retriesOfAlloc(beginOfA.seq()));
        assertEquals(0, model.retries().retriesOfAlloc(beginOfA.seq() + 1));
        assertEquals(new RetriedAlloc(beginOfA.seq(), A, 1), model.retries().get(0));
        assertEquals(0, model.retries().firstAtOrAfter(beginOfA.seq()));
        assertEquals(1, model.retries().firstAtOrAfter(beginOfA.seq() + 1));
        assertEquals(0, model.rollbacks().firstAtOrAfter(failedCas.seq()));
        assertEquals(1, model.rollbacks().firstAtOrAfter(rollbackEvent.seq() + 1));

        PoolState atRollback = model.stateAt(rollbackEvent.seq());
        assertEquals(List.of(-1L, -1L, 0x3L, 0L), words(atRollback), "the bits to undo are still set");
        assertEquals(4, atRollback.wordCount(0));
        assertTrue(atRollback.isSet(0, 60) && atRollback.isSet(0, 129) && !atRollback.isSet(0, 130));
        assertEquals(3, atRollback.threadCount());
        assertEquals(atRollback.thread(A), atRollback.threads().get(A));
        assertEquals(Step.ROLLBACK, atRollback.thread(A).step());
        assertEquals(2, atRollback.thread(A).word(), "the word the set lost on");
        PoolState atRetry = model.stateAt(retry.seq());
        assertEquals(List.of(0x0fff_ffff_ffff_ffffL, 0L, 0x3L, 0L), words(atRetry));
        assertEquals(Step.RETRY, atRetry.thread(A).step());
        assertEquals(1, atRetry.thread(A).retries());
        PoolState last = model.stateAt(model.lastSeq());
        assertEquals(List.of(0x0fff_ffff_ffff_ffffL, 0L, -1L, 0xffL), words(last));
        assertEquals(0x10000 + 130 * 32, last.thread(A).address());

        assertEquals(OptionalLong.of(failedCas.seq()), model.next(Landmark.RACE, -1));
        assertEquals(OptionalLong.of(rollbackEvent.seq()), model.next(Landmark.ROLLBACK, failedCas.seq()));
        assertEquals(OptionalLong.of(retry.seq()), model.next(Landmark.RETRY, rollbackEvent.seq()));
        assertEquals(OptionalLong.of(failedCas.seq()), model.previous(Landmark.RACE, model.lastSeq()));
        assertEquals(OptionalLong.empty(), model.next(Landmark.RACE, failedCas.seq()));
        ThreadSummary summaryOfA = model.threadSummaries().get(A);
        assertEquals(new ThreadSummary(A, summaryOfA.events(), 1, 0, 0, 1, 1, 1, 1), summaryOfA);
    }

    @Test
    void aSetLosingOnItsFirstWordRollsBackNothing() throws Exception {
        Setup setup = new Setup(64 * 32, new Turns(new Turn(A, "wordRead", 1), new Turn(B, "allocEnd", 1),
                new Turn(A, "allocEnd", 1)));
        MemoryTrace trace = setup.run(() -> setup.pool.alloc(64), () -> setup.pool.alloc(64));
        ReplayModel model = ReplayModel.open(trace);

        Event casOfB = only(trace, e -> e.thread() == B && e.casSucceeded());
        Race race = model.races().get(0);
        assertEquals(casOfB.seq(), race.culpritSeq());
        Rollback rollback = model.rollbacks().get(0);
        assertEquals(0, rollback.nbits());
        assertEquals(0, rollback.wordCount());
        assertEquals(0, rollback.lostWord());
        assertEquals(0, rollback.bitsIn(0));
        assertTrue(race.seq() < rollback.seq());
        assertEquals(0xf, model.stateAt(model.lastSeq()).word(0, 0));
    }

    private static List<Long> words(PoolState state) {
        return Arrays.stream(state.words(0)).boxed().toList();
    }
}
