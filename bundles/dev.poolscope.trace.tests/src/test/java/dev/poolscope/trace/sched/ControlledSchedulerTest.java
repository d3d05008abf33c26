package dev.poolscope.trace.sched;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.InvalidFreeException;
import dev.poolscope.core.Variant;
import dev.poolscope.testkit.BitmapReplay;
import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.workload.ChunkSpec;
import dev.poolscope.trace.workload.PlannedOperation;
import dev.poolscope.trace.workload.PoolSpec;
import dev.poolscope.trace.workload.ScriptedProgram;
import dev.poolscope.trace.workload.ThreadProgram;
import dev.poolscope.trace.workload.Workload;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ControlledSchedulerTest {

    /** A crowded one-chunk pool, so that random schedules produce races, rollbacks and (pre-patch) waits. */
    private static Workload crowded(String variant) {
        return Workload.parse("threads=3 ops=60 fill=0.9 sizes=uniform:32..1024 chunks=8KiB@0x10000000,4KiB@0x20000000"
                + " seed=7 variant=" + variant);
    }

    private static final PoolSpec ONE_WORD = new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 2048)),
            Algorithm.firstFit(), Variant.MAINLINE);

    private static List<ThreadProgram> twoAllocs() {
        return List.of(new ScriptedProgram(List.of(alloc(128))), new ScriptedProgram(List.of(alloc(128))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mainline", "v4-patch", "pre-patch"})
    void theSameSeedGivesTheSameEventsAndTheTakenScheduleReplaysThem(String variant) throws Exception {
        Workload workload = crowded(variant);
        Recorded first = Recorded.workload(workload, Schedule.random(workload.seed()));
        Recorded second = Recorded.workload(workload, Schedule.random(workload.seed()));
        Recorded replayed = Recorded.workload(workload, Schedule.explicit(first.run().schedule()));

        assertEquals(first.events(), second.events());
        assertEquals(first.run().schedule(), second.run().schedule());
        assertEquals(first.events(), replayed.events());
        assertNotEquals(first.events(), Recorded.workload(workload, Schedule.random(8)).events());
        first.run().threads().forEach(t -> assertEquals(60, t.stats().ops()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mainline", "v4-patch", "pre-patch"})
    void theBitmapsAtTheEndAreWhatTheRecordedWordChangesBuild(String variant) throws Exception {
        Workload workload = crowded(variant);
        Recorded recorded = Recorded.workload(workload, Schedule.random(3));
        assertEquals(BitmapReplay.words(recorded.run().pool()),
                BitmapReplay.replay(workload.pool().minAllocOrder(), workload.pool().geometry(), recorded.events()));
    }

    @Test
    void randomSchedulesOfACrowdedPoolRaceAndWait() throws Exception {
        List<Event> lockless = Recorded.workload(crowded("mainline"), Schedule.random(7)).events();
        assertTrue(lockless.stream().anyMatch(Event::casFailed), "a failed CAS");
        assertTrue(lockless.stream().anyMatch(e -> e.kind() == EventKind.ROLLBACK && e.p1() > 0), "a rollback that clears bits");

        Recorded locked = Recorded.workload(crowded("pre-patch"), Schedule.random(7));
        assertTrue(locked.run().threads().stream().mapToLong(ThreadResult::waitingSteps).sum() > 0, "a thread waited for a lock");
        LockTable locks = new LockTable();
        locked.events().forEach(locks::apply); // never two holders of one lock
    }

    @Test
    void everyEventIsStampedWithItsStepAndBelongsToTheThreadOfThatStep() throws Exception {
        Recorded recorded = Recorded.workload(crowded("mainline"), Schedule.random(5));
        List<Integer> schedule = recorded.run().schedule();
        long lastTime = -1;
        for (Event e : recorded.events()) {
            assertTrue(e.time() > lastTime, "one event per step at most");
            assertEquals((int) schedule.get((int) e.time()), e.thread(), e::toString);
            lastTime = e.time();
        }
    }

    @Test
    void aScheduleThatNamesAFinishedThreadFailsSayingSo() {
        // an uncontended allocation takes 7 steps to its ALLOC_END and an 8th to end the thread
        List<Integer> schedule = List.of(0, 0, 0, 0, 0, 0, 0, 0, 0);
        ScheduleException e = assertThrows(ScheduleException.class, () -> run(Schedule.explicit(schedule), twoAllocs()));
        assertEquals(8, e.step());
        assertTrue(e.getMessage().startsWith("step 8: the schedule names T0, which cannot run: it has finished"),
                e.getMessage());
        assertEquals(schedule.subList(0, 8), e.scheduleSoFar());
    }

    @Test
    void aScheduleThatNamesAThreadWaitingForALockFailsSayingWhoHoldsIt() {
        PoolSpec prePatch = ONE_WORD.withVariant(Variant.PRE_PATCH);
        // both take the pool's read lock and ask for the chunk's; T0 gets it at step 8
        List<Integer> schedule = List.of(0, 1, 0, 1, 0, 1, 0, 1, 0, 1);
        ScheduleException e = assertThrows(ScheduleException.class,
                () -> new ControlledScheduler(Schedule.explicit(schedule)).run(prePatch, twoAllocs(),
                        MemoryRecorder.realTime(), new StepClock()));
        assertTrue(e.getMessage().startsWith("step 9: the schedule names T1, which cannot run: it waits at"
                + " LOCK_REQUEST: chunk 0's lock is held by T0"), e.getMessage());
    }

    @Test
    void anExplicitScheduleMustCoverTheRunExactly() throws Exception {
        List<Integer> whole = Recorded.workload(Workload.parse("threads=2 ops=3 seed=1"), Schedule.random(1)).run().schedule();

        ScheduleException tooShort = assertThrows(ScheduleException.class,
                () -> Recorded.workload(Workload.parse("threads=2 ops=3 seed=1"),
                        Schedule.explicit(whole.subList(0, whole.size() - 1))));
        assertTrue(tooShort.getMessage().contains("the schedule has " + (whole.size() - 1)
                + " steps, but some threads have not finished"), tooShort.getMessage());

        List<Integer> longer = new java.util.ArrayList<>(whole);
        longer.add(0);
        ScheduleException tooLong = assertThrows(ScheduleException.class,
                () -> Recorded.workload(Workload.parse("threads=2 ops=3 seed=1"), Schedule.explicit(longer)));
        assertTrue(tooLong.getMessage().contains("every thread finished after " + whole.size()), tooLong.getMessage());

        ScheduleException noSuchThread = assertThrows(ScheduleException.class,
                () -> run(Schedule.explicit(List.of(2)), twoAllocs()));
        assertTrue(noSuchThread.getMessage().startsWith("step 0: the schedule names T2, but the threads are T0 to T1"),
                noSuchThread.getMessage());
    }

    @Test
    void aThreadThatFailsFailsTheRunWithItsError() {
        ThreadProgram badFree = new ThreadProgram() {
            private boolean done;

            @Override
            public PlannedOperation next() {
                PlannedOperation next = done ? null : new PlannedOperation.Free(0x1000_0040L, 32);
                done = true;
                return next;
            }

            @Override
            public void allocated(PlannedOperation.Alloc alloc, long address) {
            }
        };
        ScheduleException e = assertThrows(ScheduleException.class, () -> run(Schedule.roundRobin(), List.of(badFree)));
        assertTrue(e.getCause() instanceof InvalidFreeException, String.valueOf(e.getCause()));
        assertTrue(e.getMessage().contains("T0 failed: "), e.getMessage());
    }

    @Test
    void aThreadThatDoesNotReachAProbePointInTimeFailsTheRunWithTheScheduleSoFar() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ThreadProgram stuck = new ThreadProgram() {
            @Override
            public PlannedOperation next() {
                try {
                    never.await(10, TimeUnit.SECONDS); // stands for a thread blocked outside the allocator
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }

            @Override
            public void allocated(PlannedOperation.Alloc alloc, long address) {
            }
        };
        List<ThreadProgram> programs = List.of(new ScriptedProgram(List.of(alloc(64))), stuck);
        try {
            long start = System.nanoTime();
            ScheduleException e = assertThrows(ScheduleException.class, () -> new ControlledScheduler(
                    Schedule.explicit(List.of(0, 0, 1)), Duration.ofMillis(300))
                    .run(ONE_WORD, programs, MemoryRecorder.realTime(), new StepClock()));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
            assertTrue(e.getMessage().startsWith("step 2: T1 reached no probe point and did not end within 300 ms"),
                    e.getMessage());
            assertEquals(List.of(0, 0, 1), e.scheduleSoFar());
        } finally {
            never.countDown();
        }
    }

    @Test
    void aScriptedSegmentWhoseThreadEndsFirstFailsTheRun() {
        Schedule schedule = ScriptedSchedule.builder()
                .runUntil(0, Until.reaches(EventKind.RETRY))
                .build();
        ScheduleException e = assertThrows(ScheduleException.class, () -> run(schedule, twoAllocs()));
        assertTrue(e.getMessage().contains("T0 finished before the end of segment 'run T0 until it reaches RETRY'"),
                e.getMessage());
    }

    @Test
    void aTimedWorkloadCannotBeScheduled() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ControlledScheduler(Schedule.random(1)).run(Workload.parse("duration=1s"),
                        MemoryRecorder.realTime(), new StepClock()));
        assertTrue(e.getMessage().contains("needs ops=N"), e.getMessage());
    }

    private static ScheduledRun run(Schedule schedule, List<ThreadProgram> programs)
            throws ScheduleException, InterruptedException {
        return new ControlledScheduler(schedule).run(ONE_WORD, programs, MemoryRecorder.realTime(), new StepClock());
    }
}
