package dev.poolscope.trace.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioFile;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExplorerTest {

    static Stream<Arguments> smallInputs() {
        return Stream.of(Arguments.of(Inputs.twoAllocsOneWord(Variant.MAINLINE)),
                Arguments.of(Inputs.allocFreeRacesAlloc(Variant.MAINLINE)),
                Arguments.of(Inputs.twoAllocsAcrossWords(Variant.MAINLINE)),
                Arguments.of(Inputs.twoAllocsOneWord(Variant.PRE_PATCH)),
                Arguments.of(Inputs.twoAllocsAcrossWords(Variant.V4_PATCH)));
    }

    @ParameterizedTest
    @MethodSource("smallInputs")
    void theReductionFindsTheOutcomesOfABruteForceOverEverySharedStep(ExploreInput input, TestReporter reporter)
            throws Exception {
        ExploreResult reduced = new Explorer(input, ExploreOptions.defaults()).explore();
        BruteForce.Result brute = BruteForce.outcomes(input, true);
        reporter.publishEntry(input.name() + " " + input.pool().variant().id(), reduced.summary() + ", "
                + reduced.pruned() + " pruned, in " + reduced.millis() + " ms; brute force " + brute.schedules()
                + " schedules");

        assertEquals(brute.outcomes(), replayed(input, reduced));
        assertTrue(reduced.pruned() > 0, "pruned");
        assertTrue(reduced.complete());
        assertEquals(reduced.executions() - reduced.asleep(), reduced.rows().stream().mapToLong(OutcomeRow::executions).sum(),
                "every execution but those cut as redundant has its outcome's row");
    }

    /** The one input small enough to run every schedule twice here: some 13,000 of them. */
    @Test
    void withoutReductionEveryScheduleRunsOnceAndReachesTheSameOutcomes(TestReporter reporter) throws Exception {
        ExploreInput input = Inputs.twoAllocsOneWord(Variant.MAINLINE);
        ExploreResult reduced = new Explorer(input, ExploreOptions.defaults()).explore();
        ExploreResult every = new Explorer(input, ExploreOptions.defaults().withReduction(false)).explore();
        BruteForce.Result brute = BruteForce.outcomes(input, false);
        reporter.publishEntry(input.name(), "reduced " + reduced.summary() + " in " + reduced.millis() + " ms; every "
                + "schedule " + every.summary() + " in " + every.millis() + " ms");

        assertEquals(brute.schedules(), every.executions(), "without reduction every schedule is run once");
        assertEquals(brute.outcomes(), replayed(input, every));
        assertEquals(texts(every), texts(reduced));
        assertTrue(reduced.executions() * 10 < every.executions(), reduced.summary() + " / " + every.summary());
        assertEquals(0, every.pruned());
        assertTrue(every.complete());
    }

    /** The scenario files in releng/explore, which the README's figures come from. */
    @ParameterizedTest
    @ValueSource(strings = {"two-by-two-one-word", "two-by-two-two-words", "three-threads-two-words"})
    void mainlineBreaksNoInvariantOnTwoThreadsOfTwoOperationsAndOnThreeThreads(String name, TestReporter reporter)
            throws Exception {
        Scenario scenario = ScenarioFile.read(Path.of("../../releng/explore", name + ".scenario"));
        ExploreResult result = new Explorer(ExploreTarget.scenario(scenario, null).input(), ExploreOptions.defaults())
                .explore();
        reporter.publishEntry(name, result.summary() + "; " + result.totals());

        assertTrue(result.complete(), result::summary);
        assertEquals(0, result.violations(), () -> result.rows().get(0).violation());
        assertEquals(0, result.bounded());
        assertTrue(result.rows().stream().anyMatch(OutcomeRow::sequential));
    }

    @Test
    void theSequentialColumnMarksWhatSomeOrderOfWholeOperationsGives() throws Exception {
        ExploreResult result = new Explorer(Inputs.twoAllocsOneWord(Variant.MAINLINE), ExploreOptions.defaults()).explore();

        Set<String> outcomes = texts(result);
        String t0First = "T0[alloc 640 = 0x10000000] T1[alloc 640 = 0x10000280] chunk 0[avail 768, words 000000ffffffffff]";
        String t1First = "T0[alloc 640 = 0x10000280] T1[alloc 640 = 0x10000000] chunk 0[avail 768, words 000000ffffffffff]";
        assertEquals(Set.of(t0First, t1First), outcomes);
        assertTrue(result.rows().stream().allMatch(OutcomeRow::sequential));
    }

    @Test
    void anOperationPastTheRetryBoundCutsItsExecutionAndIsCountedAsBounded() throws Exception {
        ExploreInput input = Inputs.twoAllocsOneWord(Variant.MAINLINE);
        ExploreResult unbounded = new Explorer(input, ExploreOptions.defaults()).explore();
        ExploreResult bounded = new Explorer(input, ExploreOptions.defaults().withRetryBound(0)).explore();

        assertTrue(bounded.bounded() > 0, bounded::summary);
        assertEquals(0, unbounded.bounded());
        long counted = bounded.rows().stream().mapToLong(OutcomeRow::executions).sum();
        assertEquals(bounded.executions() - bounded.bounded() - bounded.asleep(), counted,
                "a bounded execution has no outcome row");
    }

    @Test
    void aPreemptionBoundOfZeroRunsEachThreadToItsEndInTurn() throws Exception {
        ExploreInput input = Inputs.twoAllocsAcrossWords(Variant.MAINLINE);
        ExploreResult none = new Explorer(input, ExploreOptions.defaults().withReduction(false).withPreemptionBound(0))
                .explore();

        assertEquals(2, none.executions(), "T0 then T1, and T1 then T0");
        assertTrue(none.beyondBound() > 0);
        assertTrue(none.rows().stream().allMatch(OutcomeRow::sequential));
    }

    @Test
    void theExecutionLimitStopsTheExplorationAndSaysItIsIncomplete() throws Exception {
        ExploreResult result = new Explorer(Inputs.twoAllocsAcrossWords(Variant.MAINLINE),
                ExploreOptions.defaults().withMaxExecutions(3)).explore();

        assertEquals(3, result.executions());
        assertFalse(result.complete());
    }

    private static Set<String> texts(ExploreResult result) {
        return result.rows().stream().map(row -> row.outcome().text()).collect(Collectors.toSet());
    }

    /** Each row's representative schedule run again, its outcome told the brute force's way. */
    private static Set<String> replayed(ExploreInput input, ExploreResult result) throws Exception {
        Set<String> outcomes = new java.util.HashSet<>();
        for (OutcomeRow row : result.rows()) {
            outcomes.add(BruteForce.outcomeOf(input, row.schedule()));
        }
        return outcomes;
    }
}
