package dev.poolscope.trace.scenario;

import static dev.poolscope.trace.scenario.ScenariosTest.addresses;
import static dev.poolscope.trace.scenario.ScenariosTest.index;
import static dev.poolscope.trace.scenario.ScenariosTest.next;
import static dev.poolscope.trace.scenario.ScenariosTest.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.LockKind;
import dev.poolscope.core.Variant;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.sched.ThreadResult;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each scenario really shows what its explanation says. */
class WhatScenariosShowTest {

    private static final long BASE = 0x1000_0000L;

    @Test
    void sameWordRace() throws Exception {
        Scenario scenario = Scenarios.byName("same-word-race");
        Recorded run = record(scenario, Variant.MAINLINE);
        List<Event> events = run.events();

        int lost = index(scenario.interesting().firstIn(run.trace()));
        Event failed = events.get(lost);
        assertTrue(failed.casFailed() && failed.thread() == 0, failed.toString());
        Event winner = events.get(next(events, 0, 1, Event::casSucceeded));
        assertTrue(winner.seq() < failed.seq() && winner.p0() == failed.p0(), "T1 won the same word first");
        assertEquals(winner.p2(), failed.p3(), "T0 witnessed T1's new value");
        assertEquals(failed.p1(), winner.p1(), "both expected the word as it was");
        Event retried = events.get(lost + 1);
        assertTrue(retried.casSucceeded() && retried.thread() == 0, retried.toString());
        assertEquals(failed.p3(), retried.p1(), "the retry expects the new value");
        assertEquals(0xffffL, retried.p2());
        assertTrue(events.stream().noneMatch(e -> e.kind() == EventKind.PARTIAL_SET), "retried within set_bits");
        assertEquals(List.of(BASE, BASE + 0x80, BASE, BASE), addresses(run.run(), 0));
        assertEquals(List.of(BASE + 0x100), addresses(run.run(), 1));
    }

    @Test
    void crossWordRollback() throws Exception {
        Scenario scenario = Scenarios.byName("cross-word-rollback");
        Recorded run = record(scenario, Variant.MAINLINE);
        List<Event> events = run.events();

        int partial = index(scenario.interesting().firstIn(run.trace()));
        Event partialSet = events.get(partial);
        assertEquals(0, partialSet.thread());
        assertEquals(List.of(60L, 8L, 4L), List.of(partialSet.p0(), partialSet.p1(), partialSet.p2()),
                "bits 60-67: 4 set in word 0, 4 not set");
        Event lostOnWord1 = events.get(partial - 1);
        assertTrue(lostOnWord1.casFailed() && lostOnWord1.p0() == 1, "lost on the second word: " + lostOnWord1);

        Event firstWord = events.get(next(events, next(events, 0, 0, e -> e.kind() == EventKind.SEARCH && e.p2() == 60),
                0, Event::casSucceeded));
        long setMask = firstWord.p2() & ~firstWord.p1();
        assertEquals(0, firstWord.p0());
        assertEquals(0xfL << 60, setMask, "T0 set bits 60-63 of word 0");

        Event rollback = events.get(partial + 1);
        assertEquals(EventKind.ROLLBACK, rollback.kind());
        assertEquals(List.of(60L, 4L), List.of(rollback.p0(), rollback.p1()));
        Event undo = events.get(next(events, partial, 0, e -> e.kind() == EventKind.CAS));
        assertTrue(undo.casSucceeded() && undo.p0() == 0, undo.toString());
        assertEquals(setMask, undo.p1() & ~undo.p2(), "the rollback cleared exactly the bits set on the first word");
        int retry = next(events, partial, 0, e -> e.kind() == EventKind.RETRY);
        assertTrue(events.get(retry).seq() > undo.seq());
        assertEquals(List.of(BASE, BASE + 68 * 32), addresses(run.run(), 0));
        assertEquals(List.of(BASE + 64 * 32), addresses(run.run(), 1));
    }

    @Test
    void freeRacesAlloc() throws Exception {
        Scenario scenario = Scenarios.byName("free-races-alloc");
        Recorded run = record(scenario, Variant.MAINLINE);
        List<Event> events = run.events();

        int lost = index(scenario.interesting().firstIn(run.trace()));
        Event failed = events.get(lost);
        assertEquals(1, failed.thread(), "the allocation's CAS fails");
        Event free = events.get(next(events, next(events, 0, 0, e -> e.kind() == EventKind.FREE_BEGIN), 0, Event::casSucceeded));
        assertTrue(free.seq() < failed.seq());
        assertEquals(free.p2(), failed.p3(), "T1 witnessed the word the free left");
        long cleared = failed.p1() & ~failed.p3();
        assertEquals(0xfL, cleared, "the free cleared bits 0-3");
        assertEquals(0, cleared & (failed.p2() & ~failed.p1()), "other bits than those T1 sets");
        Event retried = events.get(lost + 1);
        assertTrue(retried.casSucceeded() && retried.thread() == 1 && retried.p1() == failed.p3(), retried.toString());
        assertTrue(events.stream().noneMatch(e -> e.kind() == EventKind.PARTIAL_SET || e.kind() == EventKind.RETRY),
                "retried within set_bits, no search again");
        assertEquals(List.of(BASE + 4 * 32), addresses(run.run(), 1));
    }

    @Test
    void retryStorm() throws Exception {
        Scenario scenario = Scenarios.byName("retry-storm");
        Recorded run = record(scenario, Variant.MAINLINE);
        List<Event> events = run.events();
        int steals = scenario.scripts().get(1).size(); // T1's allocations, each taking the bits T0 has just found

        int begin = next(events, 0, 0, e -> e.kind() == EventKind.ALLOC_BEGIN);
        int end = next(events, begin, 0, e -> e.kind() == EventKind.ALLOC_END);
        long retries = events.subList(begin, end).stream()
                .filter(e -> e.thread() == 0 && e.kind() == EventKind.RETRY).count();
        assertTrue(retries >= 5, "one allocation retried " + retries + " times");
        assertEquals(steals, retries);
        assertEquals(List.of(BASE + 4 * 32 * steals), addresses(run.run(), 0));
        assertEquals(events.get(index(scenario.interesting().firstIn(run.trace()))).kind(), EventKind.RETRY);
    }

    @Test
    void v4SearchStartAgainstMainlineOnTheSameSchedule() throws Exception {
        Scenario scenario = Scenarios.byName("v4-search-start");
        assertEquals(List.of(Variant.V4_PATCH, Variant.MAINLINE), scenario.variants());
        Recorded v4 = record(scenario, Variant.V4_PATCH);
        Recorded mainline = record(scenario, Variant.MAINLINE);

        assertEquals(addresses(mainline.run(), 0), addresses(v4.run(), 0), "T0's setup is the same");
        assertEquals(List.of(BASE, BASE + 24 * 32, BASE + 48 * 32), addresses(mainline.run(), 1));
        assertEquals(List.of(BASE + 72 * 32, BASE + 96 * 32, 0L), addresses(v4.run(), 1),
                "later than mainline, then a failure");
        assertEquals(1, v4.run().threads().get(1).stats().failedAllocs());

        Event v4Search = v4.events().get(index(scenario.interesting().firstIn(v4.trace())));
        Event mainlineSearch = mainline.events().get(index(scenario.interesting().firstIn(mainline.trace())));
        assertEquals(EventKind.SEARCH, v4Search.kind());
        assertEquals(72, v4Search.p0(), "v4 searches chunk 0 from where chunk 1's search ended");
        assertEquals(0, mainlineSearch.p0(), "mainline searches chunk 0 from its start");
        Event chunk1Search = v4.events().get((int) v4Search.seq() - 2);
        assertEquals(EventKind.SEARCH, chunk1Search.kind());
        assertEquals(List.of(1, 72L), List.of(chunk1Search.chunk(), chunk1Search.p2()), "chunk 1's failed search ended at 72");
    }

    @Test
    void prePatchLockMakesAThreadWaitWhereTheLocklessPoolLetsItProceed() throws Exception {
        Scenario scenario = Scenarios.byName("locked-vs-lockless");
        assertEquals(List.of(Variant.PRE_PATCH, Variant.MAINLINE), scenario.variants());
        Recorded locked = record(scenario, Variant.PRE_PATCH);
        Recorded lockless = record(scenario, Variant.MAINLINE);

        List<Event> events = locked.events();
        int request = next(events, 0, 1, e -> e.kind() == EventKind.LOCK_REQUEST && e.p0() == LockKind.CHUNK.ordinal());
        int acquired = next(events, request, 1, e -> e.kind() == EventKind.LOCK_ACQUIRED);
        long othersMeanwhile = events.subList(request + 1, acquired).stream().filter(e -> e.thread() == 0).count();
        assertTrue(othersMeanwhile >= 6, "T1 sat at LOCK_REQUEST while T0 took " + othersMeanwhile + " steps");
        assertEquals(acquired - request - 1, othersMeanwhile, "T1 did nothing in between");
        assertTrue(events.subList(request, acquired).stream().anyMatch(e -> e.thread() == 0
                && e.kind() == EventKind.LOCK_RELEASED && e.p0() == LockKind.CHUNK.ordinal()), "T0 held the chunk lock");
        assertEquals(List.of(0L, 6L), locked.run().threads().stream().map(ThreadResult::waitingSteps).toList());
        Event contended = events.get(index(scenario.interesting().firstIn(locked.trace())));
        assertEquals(EventKind.LOCK_ACQUIRED, contended.kind());
        assertEquals(0, contended.thread(), "T0 takes the chunk lock T1 asked for");

        List<Event> free = lockless.events();
        assertEquals(List.of(0L, 0L), lockless.run().threads().stream().map(ThreadResult::waitingSteps).toList());
        assertTrue(free.stream().noneMatch(e -> e.kind() == EventKind.LOCK_REQUEST), "no locks at all");
        assertEquals(List.of(0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1),
                lockless.run().schedule().subList(0, 20), "round robin never had to skip a thread");
        Event overlap = free.get(index(scenario.interesting().firstIn(lockless.trace())));
        assertEquals(List.of(EventKind.SEARCH, 1), List.of(overlap.kind(), overlap.thread()),
                "T1 searches while T0's allocation is under way");
        assertEquals(addresses(locked.run(), 1), addresses(lockless.run(), 1), "both end at bit 96");
    }
}
