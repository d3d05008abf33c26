package dev.poolscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.MemoryRecorder;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.testkit.Recorded;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.Workload;
import dev.poolscope.trace.workload.WorkloadRunner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/** The invariant check of whole traces: real runs and scenarios pass, tampered traces do not. */
class TraceCheckTest {

    private static MemoryTrace realRun(int threads) throws InterruptedException {
        Workload workload = Workload.parse("threads=" + threads + " ops=3000 sizes=uniform:32..3000 "
                + "chunks=64KiB@0x10000000,48KiB@0x20000000 seed=7");
        MemoryRecorder recorder = MemoryRecorder.realTime();
        WorkloadRunner.run(workload, recorder);
        return recorder.trace(workload.header());
    }

    private static TraceCheck.CheckResult check(MemoryTrace trace) throws IOException {
        return TraceCheck.run(trace, ReplayModel.open(trace), true);
    }

    @Test
    void realMultiThreadRunsPass() throws Exception {
        for (int threads : new int[] {2, 4, 8}) {
            TraceCheck.CheckResult result = check(realRun(threads));
            assertTrue(result.passed(), threads + " threads: " + result.violations());
        }
    }

    @Test
    void everyScenarioPassesUnderEveryVariant() throws Exception {
        for (Scenario scenario : Scenarios.all()) {
            for (var variant : scenario.variants()) {
                TraceCheck.CheckResult result = check(Recorded.scenario(scenario, variant).trace());
                assertTrue(result.passed(), scenario.name() + " " + variant + ": " + result.violations());
            }
        }
    }

    @Test
    void aCasWhoseOutcomeContradictsItsValuesIsCaught() throws Exception {
        MemoryTrace tampered = tamper(realRun(2), e -> e.kind() == EventKind.CAS && e.casSucceeded()
                ? new Event(e.seq(), e.thread(), e.time(), e.chunk(), e.kind(), e.p0(), e.p1(), e.p2(), e.p1() + 1, 1)
                : e, 1);
        TraceCheck.CheckResult result = check(tampered);
        assertEquals(1, result.violationCount(), result.violations().toString());
        assertTrue(result.violations().get(0).contains("did not witness its expected value succeeded"));
    }

    @Test
    void anAllocationOverlappingALiveOneIsCaught() throws Exception {
        MemoryTrace run = realRun(2);
        Event firstEnd = run.events().stream().filter(e -> e.kind() == EventKind.ALLOC_END && e.p1() != 0)
                .findFirst().orElseThrow();
        // a second allocation, claimed at the same address right after the first one ended
        List<Event> events = new ArrayList<>();
        for (Event e : run.events()) {
            events.add(new Event(e.seq() * 2, e.thread(), e.time(), e.chunk(), e.kind(), e.p0(), e.p1(), e.p2(), e.p3(), e.p4()));
            if (e == firstEnd) {
                events.add(new Event(e.seq() * 2 + 1, 1 - e.thread(), e.time(), -1, EventKind.ALLOC_END, 32, e.p1(), 0, 0, 0));
            }
        }
        TraceCheck.CheckResult result = check(new MemoryTrace(run.header(), events));
        // the crafted end has no begin, which is a violation too; the overlap must be among them
        assertTrue(result.violations().stream().anyMatch(v -> v.contains("overlaps T" + firstEnd.thread())),
                result.violations().toString());
    }

    @Test
    void aLostBitChangeShowsAtTheEnd() throws Exception {
        MemoryTrace run = realRun(2);
        long lastSuccess = run.events().stream().filter(Event::casSucceeded).mapToLong(Event::seq).max().orElseThrow();
        MemoryTrace tampered = new MemoryTrace(run.header(),
                run.events().stream().filter(e -> e.seq() != lastSuccess).toList());
        TraceCheck.CheckResult result = check(tampered);
        assertTrue(result.violations().stream().anyMatch(v -> v.contains("not the bits of the live allocations")),
                result.violations().toString());
    }

    private static MemoryTrace tamper(MemoryTrace trace, UnaryOperator<Event> change, int times) {
        List<Event> events = new ArrayList<>();
        int changed = 0;
        for (Event e : trace.events()) {
            Event next = changed < times ? change.apply(e) : e;
            changed += next == e ? 0 : 1;
            events.add(next);
        }
        return new MemoryTrace(trace.header(), events);
    }
}
