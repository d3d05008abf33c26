package dev.poolscope.ui.scenarioedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.trace.scenario.ScenarioText;
import dev.poolscope.trace.scenario.Scenarios;

import org.junit.jupiter.api.Test;

/** What the scenario editor's status line says about a text, without a display. */
class ScenarioCheckTest {

    @Test
    void aScenarioWithSegmentsIsOkWithItsTitleThreadsScheduleAndVariant() {
        ScenarioCheck check = ScenarioCheck.of("x.scenario", ScenarioText.write(Scenarios.byName("same-word-race")));

        assertTrue(check.valid());
        assertEquals(0, check.badLine());
        assertEquals("OK: Two threads race for one bitmap word, 2 threads, schedule of 3 segments (Run records it),"
                + " under mainline", check.message());
    }

    @Test
    void anExploreScenarioSaysRunExploresIt() {
        ScenarioCheck check = ScenarioCheck.of("x.scenario", ExploreScenario.TEXT);

        assertEquals("OK: Two threads allocate from one chunk, 2 threads, schedule explore (Run explores every"
                + " interleaving), under mainline", check.message());
    }

    @Test
    void aSideBySideRoundRobinScenarioNamesEveryVariant() {
        ScenarioCheck check = ScenarioCheck.of("x.scenario", ScenarioText.write(Scenarios.byName("locked-vs-lockless")));

        assertTrue(check.message().endsWith("schedule round-robin (Run records it), under pre-patch, side by side"
                + " with mainline"), check.message());
    }

    @Test
    void aBadLineIsToldByItsNumberAndProblem() {
        ScenarioCheck check = ScenarioCheck.of("x.scenario", ExploreScenario.TEXT.replace("variant mainline", "variant v5"));

        assertFalse(check.valid());
        assertEquals(8, check.badLine());
        assertEquals("line 8: unknown variant 'v5' (expected one of: mainline, v4-patch, pre-patch)", check.message());
    }

    @Test
    void aMissingEntryIsToldAtTheLastLine() {
        ScenarioCheck check = ScenarioCheck.of("x.scenario", ExploreScenario.TEXT.replace("interesting: first RETRY\n", ""));

        assertEquals(13, check.badLine());
        assertTrue(check.message().startsWith("line 13: the file ends without 'interesting:'"), check.message());
    }

    @Test
    void theStarterIsAValidScenarioOfItsOwnName() {
        ScenarioCheck check = ScenarioCheck.of("untitled", StarterScenario.text());

        assertEquals(StarterScenario.NAME, check.scenario().orElseThrow().name());
        assertEquals(Scenarios.byName(StarterScenario.BUILT_IN).scripts(), check.scenario().orElseThrow().scripts());
    }
}
