package dev.poolscope.ui.scenarioedit;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.scenario.Scenario;
import dev.poolscope.trace.scenario.ScenarioFormatException;
import dev.poolscope.trace.scenario.ScenarioText;
import dev.poolscope.trace.sched.ScheduleScript;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scenario editor's text read once: the scenario it describes, or the first problem and its
 * line, in the words of the status line under the text. Plain data, so that what the editor says
 * is tested without a display.
 *
 * @param scenario the scenario, when the text is one
 * @param badLine  the problem's line, from 1; 0 when there is none
 * @param message  what the status line says
 */
public record ScenarioCheck(Optional<Scenario> scenario, int badLine, String message) {

    /** Reads {@code text}, naming it {@code source} (the parser's errors carry it). */
    public static ScenarioCheck of(String source, String text) {
        try {
            Scenario scenario = ScenarioText.parse(source, text);
            return new ScenarioCheck(Optional.of(scenario), 0, describe(scenario));
        } catch (ScenarioFormatException e) {
            return new ScenarioCheck(Optional.empty(), e.line(), "line " + e.line() + ": " + e.problem());
        }
    }

    public boolean valid() {
        return scenario.isPresent();
    }

    /** {@code OK: TITLE, N threads, SCHEDULE, under VARIANTS}. */
    static String describe(Scenario scenario) {
        int threads = scenario.scripts().size();
        return "OK: " + scenario.title() + ", " + threads + (threads == 1 ? " thread, " : " threads, ")
                + schedule(scenario.schedule()) + ", " + variants(scenario.variants());
    }

    /** The schedule in a few words, and what Run does with it. */
    static String schedule(ScheduleScript schedule) {
        if (schedule instanceof ScheduleScript.Segments scripted) {
            int segments = scripted.segments().size();
            return "schedule of " + segments + (segments == 1 ? " segment" : " segments") + " (Run records it)";
        } else if (schedule instanceof ScheduleScript.Explore) {
            return "schedule explore (Run explores every interleaving)";
        }
        return "schedule round-robin (Run records it)";
    }

    private static String variants(List<Variant> variants) {
        return variants.size() == 1 ? "under " + variants.get(0).id()
                : "under " + variants.get(0).id() + ", side by side with "
                        + variants.stream().skip(1).map(Variant::id).collect(Collectors.joining(", "));
    }
}
