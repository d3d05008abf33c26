package dev.poolscope.trace.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class WorkloadRunnerTest {

    @Test
    void aRecordedRunHasEveryOperationOfEveryThreadUnderItsOwnNumber() throws InterruptedException {
        Workload workload = Workload.parse("threads=4 ops=3000 seed=21");
        MemoryRecorder recorder = MemoryRecorder.realTime();
        WorkloadRun run = WorkloadRunner.run(workload, recorder);
        List<Event> events = recorder.trace(workload.header()).events();

        assertEquals(4, run.threads().size());
        run.threads().forEach(t -> assertEquals(3000, t.ops()));
        assertEquals(Set.of(0, 1, 2, 3), events.stream().map(Event::thread).collect(Collectors.toSet()));
        for (int t = 0; t < 4; t++) {
            int thread = t;
            ThreadStats stats = run.threads().get(t);
            assertEquals(stats.allocs(), count(events, thread, EventKind.ALLOC_BEGIN));
            assertEquals(stats.frees(), count(events, thread, EventKind.FREE_END));
            assertEquals(stats.failedAllocs(), events.stream()
                    .filter(e -> e.thread() == thread && e.kind() == EventKind.ALLOC_END && e.p1() == 0).count());
        }
        long allocated = workload.pool().bytes() - run.pool().avail();
        assertTrue(allocated > 0 && allocated <= workload.pool().bytes() / 2 + 4 * 2048, "near the 50% target: " + allocated);
    }

    @Test
    void settingUpAPrePatchPoolIsNotPartOfTheRecordedRun() throws InterruptedException {
        Workload workload = Workload.parse("threads=2 ops=200 variant=pre-patch chunks=2*64KiB@0x10000000");
        MemoryRecorder recorder = MemoryRecorder.realTime();
        WorkloadRunner.run(workload, recorder);
        List<Event> events = recorder.trace(workload.header()).events();
        assertEquals(EventKind.ALLOC_BEGIN, events.get(0).kind(), "the pool's write lock taken to add chunks is not recorded");
        assertTrue(events.stream().noneMatch(e -> e.kind() == EventKind.LOCK_REQUEST && e.p0() == 1));
        assertEquals(Set.of(0, 1), events.stream().map(Event::thread).collect(Collectors.toSet()));
    }

    @Test
    void aTimedRunWorksUntilItsTimeIsUp() throws InterruptedException {
        WorkloadRun run = WorkloadRunner.run(Workload.parse("threads=2 duration=200ms"));
        assertTrue(run.elapsed().compareTo(Duration.ofMillis(200)) >= 0, run.elapsed().toString());
        run.threads().forEach(t -> assertTrue(t.ops() > 0));
        assertEquals(run.ops(), run.threads().get(0).ops() + run.threads().get(1).ops());
    }

    private static long count(List<Event> events, int thread, EventKind kind) {
        return events.stream().filter(e -> e.thread() == thread && e.kind() == kind).count();
    }
}
