package dev.poolscope.trace.explore;

import static dev.poolscope.trace.workload.ScriptedProgram.alloc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.Scenarios;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CounterexampleTest {

    /** T0 holds bits 0-59 and asks for 8 more across the word boundary while T1 takes 4: T0 may roll back. */
    private static ExploreInput crossWord() {
        return Inputs.of("cross-word rollback", Inputs.words(2, Variant.MAINLINE),
                List.of(alloc(60 * 32), alloc(8 * 32)), List.of(alloc(4 * 32)));
    }

    /** Up to two preemptions: T1 must get in between T0's two words, once. */
    private static final ExploreOptions BOUNDED = ExploreOptions.defaults().withPreemptionBound(2);

    @Test
    void aRollbackThatClearsOneBitTooFewIsCaughtWithASchedule() throws Exception {
        ExploreInput broken = crossWord().withPools(ShortRollback.pools(crossWord().pool()));
        ExploreResult result = new Explorer(broken, BOUNDED).explore();

        OutcomeRow first = result.rows().get(0);
        assertTrue(first.violates(), () -> result.rows().toString());
        assertTrue(first.violation().startsWith("a bit leaked: chunk 0 bit 60"), first.violation());
        assertTrue(result.violations() > 0);
        Execution again = new ExecutionRunner(broken, ExploreOptions.DEFAULT_RETRY_BOUND).run(first.schedule());
        assertEquals(first.violation(), again.violation(), "the counterexample's schedule breaks it again");
        assertEquals(first.schedule(), again.choices());

        ExploreResult sound = new Explorer(crossWord(), BOUNDED).explore();
        assertEquals(0, sound.violations());
        assertEquals("", new ExecutionRunner(crossWord(), ExploreOptions.DEFAULT_RETRY_BOUND).run(first.schedule())
                .violation(), "the same schedule on the real pool");
    }

    /** Nine operations: explored up to two preemptions, which is where the v4 patch's outcome already shows. */
    @Test
    void theV4PatchReachesAnOutcomeMainlineNeverGives() throws Exception {
        Scenario scenario = Scenarios.byName("v4-search-start");
        ExploreOptions options = ExploreOptions.defaults().withPreemptionBound(2);
        ExploreResult v4 = new Explorer(ExploreTarget.scenario(scenario, Variant.V4_PATCH).input(), options).explore();
        ExploreResult mainline = new Explorer(ExploreTarget.scenario(scenario, Variant.MAINLINE).input(), options).explore();

        Set<String> onlyV4 = results(v4);
        onlyV4.removeAll(results(mainline));
        assertTrue(onlyV4.stream().anyMatch(r -> r.contains("alloc 768 = fail")), onlyV4::toString);
        assertTrue(results(mainline).stream().noneMatch(r -> r.contains("fail")), () -> results(mainline).toString());
        assertEquals(0, v4.violations() + mainline.violations(), "a wrong placement, not a broken invariant");
    }

    /** The threads' results of each outcome, without the bitmaps (the variants' bitmaps differ with them anyway). */
    private static Set<String> results(ExploreResult result) {
        return result.rows().stream().map(row -> row.outcome().threads().toString()).collect(Collectors.toSet());
    }
}
