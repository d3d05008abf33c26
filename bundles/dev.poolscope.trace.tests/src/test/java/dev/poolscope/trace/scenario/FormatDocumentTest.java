package dev.poolscope.trace.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The examples of SCENARIO-FORMAT.md are scenario files that record what they say. */
class FormatDocumentTest {

    private static final Pattern EXAMPLE = Pattern.compile("```scenario\n(.*?)```", Pattern.DOTALL);

    @Test
    void theBuiltInExamplesAreTheBuiltInsAndEveryExampleRecordsItsInterestingEvent() throws Exception {
        List<Scenario> examples = new ArrayList<>();
        Matcher example = EXAMPLE.matcher(ScenarioFormatErrorsTest.formatDocument());
        while (example.find()) {
            examples.add(ScenarioText.parse("SCENARIO-FORMAT.md example " + (examples.size() + 1), example.group(1)));
        }
        assertEquals(4, examples.size());
        assertEquals(Scenarios.byName("same-word-race"), examples.get(0));
        assertEquals(Scenarios.byName("locked-vs-lockless"), examples.get(1));
        for (Scenario scenario : examples) {
            for (Variant variant : scenario.variants()) {
                assertTrue(scenario.interesting().firstIn(ScenariosTest.record(scenario, variant).trace()).isPresent(),
                        scenario.name() + " under " + variant);
            }
        }
    }
}
