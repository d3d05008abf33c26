package dev.poolscope.core.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.concurrent.Scenario.Alloc;
import dev.poolscope.core.concurrent.Scenario.Expectation;
import dev.poolscope.core.concurrent.Scenario.FreeOldest;
import dev.poolscope.core.concurrent.Scenario.Held;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Every interleaving, at the allocator's probe points, of small fixed programs on the real
 * mainline pool (first-fit, 1-byte units, one chunk of one or two bitmap words), each run from
 * scratch. Independent of Lincheck. Proves, for these programs and switch points: in every
 * interleaving no two live allocations overlap, the final bitmap is exactly the live allocations,
 * avail is size minus the live bytes, and the results are the ones the scenario allows; and the
 * exploration really went through failed CASes and through partial sets followed by a rollback
 * that cleared bits and a retry.
 *
 * <p>The two-thread scenarios switch after every shared-memory step; the three-thread ones switch
 * at fewer points (see {@link SwitchPoint}) to keep the space small.
 */
class ExhaustiveInterleavingTest {

    @Test
    void twoThreadsRaceForOneWord(TestReporter reporter) throws InterruptedException {
        InterleavingExplorer.Report report = explore(reporter, new Scenario(
                "two threads take 20 bits each of a one-word chunk", 64, List.of(),
                List.of(List.of(new Alloc(20)), List.of(new Alloc(20))),
                SwitchPoint.AFTER_SHARED_STEPS, allSucceed()));
        assertTrue(report.withCasFailure() > 0, report::toString);
    }

    @Test
    void twoThreadsRaceAcrossTheWordBoundary(TestReporter reporter) throws InterruptedException {
        InterleavingExplorer.Report report = explore(reporter, new Scenario(
                "two threads take 70 bits each of a two-word chunk", 128, List.of(),
                List.of(List.of(new Alloc(70)), List.of(new Alloc(70))),
                SwitchPoint.AFTER_SHARED_STEPS, exactlyOneSucceeds()));
        assertTrue(report.withCasFailure() > 0, report::toString);
    }

    /**
     * T2's 60 bits from bit 40 cross into word 1; when T1's 10 bits land at bit 64 after T2 set
     * word 0 but before it set word 1, T2 must clear its word-0 bits again and retry.
     */
    @Test
    void aWideRequestRollsBackWhenASmallOneTakesItsSecondWord(TestReporter reporter) throws InterruptedException {
        InterleavingExplorer.Report report = explore(reporter, new Scenario(
                "T1 holds bits 0-39 and takes 10 more while T2 takes 60, two words", 128, List.of(new Held(0, 40)),
                List.of(List.of(new Alloc(10)), List.of(new Alloc(60))),
                SwitchPoint.AFTER_SHARED_STEPS, succeeds(0)));
        assertTrue(report.withRollback() > 0, report::toString);
    }

    @Test
    void aFreeRacesAnAllocationAcrossTheWordBoundary(TestReporter reporter) throws InterruptedException {
        InterleavingExplorer.Report report = explore(reporter, new Scenario(
                "T1 frees its 70 bits and takes 30 while T2 takes 70, two words", 128, List.of(new Held(0, 70)),
                List.of(List.of(new FreeOldest(), new Alloc(30)), List.of(new Alloc(70))),
                SwitchPoint.AFTER_SHARED_STEPS, succeeds(0)));
        assertTrue(report.withRollback() > 0, report::toString);
    }

    @Test
    void threeThreadsShareOneWord(TestReporter reporter) throws InterruptedException {
        InterleavingExplorer.Report report = explore(reporter, new Scenario(
                "T1 frees its 20 bits while T2 and T3 take 30 each, one word", 64, List.of(new Held(0, 20)),
                List.of(List.of(new FreeOldest()), List.of(new Alloc(30)), List.of(new Alloc(30))),
                SwitchPoint.CAS_LOOP, new Expectation("T2 or T3 succeeds", r -> ok(r, 1) || ok(r, 2))));
        assertTrue(report.withCasFailure() > 0, report::toString);
    }

    @Test
    void threeThreadsRaceAcrossTheWordBoundary(TestReporter reporter) throws InterruptedException {
        InterleavingExplorer.Report report = explore(reporter, new Scenario(
                "T1 takes 70 bits while T2 and T3 take 10 each, two words", 128, List.of(),
                List.of(List.of(new Alloc(70)), List.of(new Alloc(10)), List.of(new Alloc(10))),
                SwitchPoint.BEFORE_CAS, new Expectation("T2 and T3 succeed", r -> ok(r, 1) && ok(r, 2))));
        assertTrue(report.withRollback() > 0, report::toString);
    }

    /**
     * The argument for {@link SwitchPoint#AFTER_SHARED_STEPS}, checked on one program: switching
     * at every probe point explores many more interleavings but reaches no outcome the reduced
     * set misses.
     */
    @Test
    void switchingAtEveryProbePointReachesNoOtherOutcome(TestReporter reporter) throws InterruptedException {
        List<List<Scenario.Op>> programs = List.of(List.of(new FreeOldest()), List.of(new Alloc(20)));
        String name = "T1 frees its 20 bits while T2 takes 20, one word, switching at ";
        InterleavingExplorer.Report every = explore(reporter, new Scenario(name + "every probe point", 64,
                List.of(new Held(0, 20)), programs, SwitchPoint.ALL, Expectation.ANY));
        InterleavingExplorer.Report reduced = explore(reporter, new Scenario(name + "shared steps only", 64,
                List.of(new Held(0, 20)), programs, SwitchPoint.AFTER_SHARED_STEPS, Expectation.ANY));
        assertTrue(every.interleavings() > reduced.interleavings(), every + " / " + reduced);
        assertEquals(every.outcomes(), reduced.outcomes());
    }

    private static InterleavingExplorer.Report explore(TestReporter reporter, Scenario scenario) throws InterruptedException {
        long start = System.nanoTime();
        InterleavingExplorer.Report report = InterleavingExplorer.exploreAll(scenario);
        reporter.publishEntry(scenario.name(), report + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertTrue(report.interleavings() > 1, report::toString);
        return report;
    }

    private static Expectation allSucceed() {
        return new Expectation("every allocation succeeds",
                results -> results.stream().flatMap(List::stream).allMatch(address -> address != 0));
    }

    private static Expectation exactlyOneSucceeds() {
        return new Expectation("exactly one allocation succeeds",
                results -> results.stream().flatMap(List::stream).filter(address -> address != 0).count() == 1);
    }

    private static Expectation succeeds(int thread) {
        return new Expectation("T" + (thread + 1) + "'s allocations succeed", results -> ok(results, thread));
    }

    /** True when every allocation of {@code thread} succeeded. */
    private static boolean ok(List<List<Long>> results, int thread) {
        return results.get(thread).stream().allMatch(address -> address != 0);
    }

}
