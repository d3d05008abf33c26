package dev.poolscope.trace.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scenarios that ship with Poolscope: scenario files ({@link ScenarioText}) in the trace
 * bundle's {@code scenarios/} folder, read once when this class is first used.
 */
public final class Scenarios {

    /** The built-ins' names, in the order a list shows them: each is the file {@code scenarios/NAME.scenario}. */
    private static final List<String> NAMES = List.of("same-word-race", "cross-word-rollback", "free-races-alloc",
            "retry-storm", "v4-search-start", "locked-vs-lockless");

    private static final List<Scenario> ALL = NAMES.stream().map(Scenarios::builtIn).toList();

    private Scenarios() {
    }

    /** Every scenario, in the order a list shows them. */
    public static List<Scenario> all() {
        return ALL;
    }

    /**
     * The scenario called {@code name}.
     *
     * @throws IllegalArgumentException naming the scenarios there are, when none has that name
     */
    public static Scenario byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + name + "' (known: "
                        + ALL.stream().map(Scenario::name).collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * The built-in scenario {@code name}, from its file in the bundle.
     *
     * @throws IllegalStateException naming the file (and the line) when it is missing, unreadable or
     *                               malformed, or names another scenario: a broken build
     */
    static Scenario builtIn(String name) {
        String file = "/scenarios/" + name + ".scenario";
        try (InputStream in = Scenarios.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario " + file + " is missing from the bundle");
            }
            Scenario scenario = ScenarioText.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!scenario.name().equals(name)) {
                throw new IllegalStateException("built-in scenario " + file + " is named '" + scenario.name() + "'");
            }
            return scenario;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read built-in scenario " + file + ": " + e.getMessage(), e);
        } catch (ScenarioFormatException e) {
            throw new IllegalStateException("built-in scenario " + e.getMessage(), e);
        }
    }
}
