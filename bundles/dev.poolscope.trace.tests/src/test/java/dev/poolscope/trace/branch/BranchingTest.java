package dev.poolscope.trace.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.BranchOrigin;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.file.TraceFile;
import dev.poolscope.trace.run.FileRecording;
import dev.poolscope.trace.run.RunPlan;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;
import dev.poolscope.trace.workload.StopRequest;
import dev.poolscope.trace.workload.Workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A branch is the parent's run up to the branch point, event for event, and its own after it; its
 * header names the parent and the point; it can be branched again; a trace whose run cannot be made
 * again, or a thread that cannot take the step, is refused with the reason.
 */
class BranchingTest {

    private static final Workload SMALL = Workload.parse("threads=3 ops=12 fill=0.5 sizes=uniform:32..512 order=5 "
            + "chunks=4KiB@0x10000000 algo=first_fit seed=7");

    @TempDir
    Path dir;

    private final Branching branching = new Branching();

    @Test
    void aScenariosBranchSharesItsEventsUpToTheBranchPointAndDiffersAfter() throws Exception {
        Scenario scenario = Scenarios.byName("same-word-race");
        Path parent = record(new RunPlan.OfScenario(scenario, scenario.pool().variant()), "parent.pstrace");
        long at = 5;
        BranchPoint point = point(parent, at);
        int other = point.alternatives().get(0);
        assertNotEquals(point.taken().getAsInt(), other);

        Path branch = record(branching.plan(point, other), "branch.pstrace");

        List<Event> before = events(parent);
        List<Event> after = events(branch);
        assertEquals(before.subList(0, (int) at + 1), after.subList(0, (int) at + 1));
        assertEquals(other, after.get((int) at + 1).thread());
        assertNotEquals(before.get((int) at + 1), after.get((int) at + 1));
        try (TraceFile trace = TraceFile.open(branch)) {
            BranchOrigin origin = trace.header().origin().orElseThrow();
            assertEquals(new BranchOrigin(parent.toAbsolutePath().normalize().toString(), at, other), origin);
            assertTrue(trace.header().workload().startsWith("scenario=same-word-race schedule="),
                    trace.header().workload());
        }
    }

    @Test
    void aBranchOfAControlledWorkloadCanBeBranchedAgain() throws Exception {
        Path parent = record(new RunPlan.OfWorkload(SMALL, RunPlan.Scheduler.CONTROLLED), "workload.pstrace");
        BranchPoint first = point(parent, 40);
        Path branch = record(branching.plan(first, first.alternatives().get(0)), "b1.pstrace");
        BranchPoint second = point(branch, 60);
        assertFalse(second.alternatives().isEmpty(), second::describe);
        Path again = record(branching.plan(second, second.alternatives().get(0)), "b2.pstrace");

        List<Event> b1 = events(branch);
        List<Event> b2 = events(again);
        assertEquals(events(parent).subList(0, 41), b2.subList(0, 41));
        assertEquals(b1.subList(0, 61), b2.subList(0, 61));
        assertNotEquals(b1.get(61), b2.get(61));
        try (TraceFile trace = TraceFile.open(again)) {
            assertEquals(branch.toAbsolutePath().normalize().toString(), trace.header().origin().orElseThrow().parent());
        }
    }

    @Test
    void theThreadTheTraceTakesOrOneThatCannotRunIsRefused() throws Exception {
        Path parent = record(new RunPlan.OfWorkload(SMALL, RunPlan.Scheduler.CONTROLLED), "workload.pstrace");
        BranchPoint point = point(parent, 10);
        int taken = point.taken().getAsInt();
        BranchException same = assertThrows(BranchException.class, () -> branching.plan(point, taken));
        assertTrue(same.getMessage().contains("T" + taken + " takes that step in the trace already"), same.getMessage());
        BranchException none = assertThrows(BranchException.class, () -> branching.plan(point, 3));
        assertTrue(none.getMessage().contains("T3 cannot take it"), none.getMessage());
    }

    @Test
    void afterTheRunsLastEventOnlyItsThreadsEndIsLeft() throws Exception {
        Scenario scenario = Scenarios.byName("same-word-race");
        Path parent = record(new RunPlan.OfScenario(scenario, scenario.pool().variant()), "parent.pstrace");
        List<Event> events = events(parent);
        Event last = events.get(events.size() - 1);
        BranchPoint point = point(parent, last.seq());
        assertEquals(last.thread(), point.taken().getAsInt()); // the step that ends it, which records no event
        assertEquals(List.of(), point.alternatives());
        assertTrue(point.describe().endsWith("T" + last.thread() + " takes the next step; no other thread can run there"),
                point.describe());
        assertThrows(BranchException.class, () -> branching.plan(point, 1 - last.thread()));
    }

    @Test
    void aTraceOfRealThreadsIsRefused() throws Exception {
        Path parent = record(new RunPlan.OfWorkload(SMALL, RunPlan.Scheduler.REAL_THREADS), "real.pstrace");
        BranchException e = assertThrows(BranchException.class, () -> point(parent, 3));
        assertTrue(e.getMessage().startsWith(parent + ": its run, made again from its header, is not the trace's: event "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("(was it recorded under the controlled scheduler?)"), e.getMessage());
    }

    @Test
    void anEventOutsideTheTraceIsRefused() throws Exception {
        Scenario scenario = Scenarios.byName("same-word-race");
        Path parent = record(new RunPlan.OfScenario(scenario, scenario.pool().variant()), "parent.pstrace");
        BranchException e = assertThrows(BranchException.class, () -> point(parent, 100_000));
        assertTrue(e.getMessage().contains("there is no event 100000 to branch at (the trace's events are 0 to "),
                e.getMessage());
    }

    @Test
    void aScenarioThatIsNotBuiltInNeedsItsFile() throws Exception {
        Scenario scenario = Scenarios.byName("same-word-race");
        Path parent = record(new RunPlan.OfScenario(scenario, scenario.pool().variant()), "parent.pstrace");
        Branching unknown = new Branching(name -> {
            throw new IllegalArgumentException("unknown scenario '" + name + "'");
        });
        try (TraceFile trace = TraceFile.open(parent)) {
            BranchException e = assertThrows(BranchException.class, () -> unknown.at(parent, trace, 3));
            assertTrue(e.getMessage().contains("its run cannot be made again from its header ('scenario=same-word-race'):"
                    + " unknown scenario 'same-word-race'"), e.getMessage());
        }
    }

    private BranchPoint point(Path trace, long event) throws Exception {
        try (TraceFile file = TraceFile.open(trace)) {
            return branching.at(trace, file, event);
        }
    }

    private Path record(RunPlan plan, String name) throws Exception {
        Path file = dir.resolve(name);
        new FileRecording(plan, file).record(new StopRequest());
        assertTrue(Files.exists(file));
        return file;
    }

    private static List<Event> events(Path file) throws IOException {
        List<Event> events = new ArrayList<>();
        try (TraceFile trace = TraceFile.open(file); EventCursor cursor = trace.from(0)) {
            for (Event e = cursor.next(); e != null; e = cursor.next()) {
                events.add(e);
            }
        }
        return events;
    }
}
