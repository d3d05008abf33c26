package dev.poolscope.ui.scenarioedit;

import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioText;
import dev.poolscope.trace.scenario.Scenarios;

/**
 * The text a new scenario starts from: a built-in scenario under a name of the user's own, with a
 * comment on the format, so that the editor opens on a file that is valid and worth changing.
 */
public final class StarterScenario {

    /** The built-in scenario the text is made from. */
    static final String BUILT_IN = "same-word-race";
    /** The name the new scenario is given. */
    static final String NAME = "my-scenario";

    private static final String COMMENT = """
            # A scenario of your own: the format is the trace bundle's SCENARIO-FORMAT.md.
            # This is the built-in %s under another name; change it, and Run records it
            # (or, with 'schedule: explore', explores every interleaving of its threads).
            """;

    private StarterScenario() {
    }

    public static String text() {
        Scenario s = Scenarios.byName(BUILT_IN);
        Scenario renamed = new Scenario(NAME, s.title(), s.explanation(), s.pool(), s.sideBySide(), s.scripts(),
                s.schedule(), s.interesting());
        return COMMENT.formatted(BUILT_IN) + ScenarioText.write(renamed);
    }
}
