package dev.poolscope.trace.scenario;

/**
 * A scenario's text form, a line-based file a user can write (specified in the trace bundle's
 * {@code SCENARIO-FORMAT.md}): {@code key: value} entries, the indented lines below an entry
 * belonging to it, {@code #} comments. Writing then reading gives an equal scenario.
 */
public final class ScenarioText {

    private ScenarioText() {
    }

    /**
     * The scenario {@code text} describes.
     *
     * @param source names the file in errors
     * @throws ScenarioFormatException naming {@code source}, the line and the problem
     */
    public static Scenario parse(String source, String text) {
        return ScenarioReader.read(source, text);
    }

    /** The scenario in the canonical form of its file, which {@link #parse} reads back equal. */
    public static String write(Scenario scenario) {
        return ScenarioWriter.write(scenario);
    }
}
