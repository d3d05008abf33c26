package dev.poolscope.trace.scenario;

import dev.poolscope.core.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a scenario in its file's canonical form: the entries in a fixed order with a blank line
 * between groups, block lines indented by four spaces, the explanation wrapped at 100 columns, no
 * comments.
 */
final class ScenarioWriter {

    /** The indentation of an entry's lines. */
    static final String INDENT = "    ";

    private static final int WIDTH = 100;

    private ScenarioWriter() {
    }

    static String write(Scenario scenario) {
        List<String> lines = new ArrayList<>();
        lines.add("name: " + scenario.name());
        lines.add("title: " + scenario.title());
        lines.addAll(paragraph("explanation: ", scenario.explanation()));
        lines.add("");
        lines.add("pool:");
        PoolText.write(scenario.pool()).forEach(line -> lines.add(INDENT + line));
        if (!scenario.sideBySide().isEmpty()) {
            lines.add("side-by-side: "
                    + scenario.sideBySide().stream().map(Variant::id).collect(Collectors.joining(", ")));
        }
        for (int thread = 0; thread < scenario.scripts().size(); thread++) {
            lines.add("");
            lines.add("thread " + thread + ":");
            ProgramText.write(scenario.scripts().get(thread)).forEach(line -> lines.add(INDENT + line));
        }
        lines.add("");
        lines.addAll(ScheduleText.write(scenario.schedule()));
        lines.add("");
        lines.add(MatchText.write(scenario.interesting()));
        return String.join("\n", lines) + "\n";
    }

    /**
     * {@code text} after {@code head}, wrapped onto indented lines. A line breaks only at a single
     * space between two words, so that the reader's joining by single spaces gives the text back, and
     * never before a word that starts with {@code #}, which would make the line a comment.
     */
    private static List<String> paragraph(String head, String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(head);
        boolean empty = true;
        for (String word : text.split("(?<=\\S) (?=\\S)")) {
            if (!empty && line.length() + 1 + word.length() > WIDTH && !word.startsWith("#")) {
                lines.add(line.toString());
                line = new StringBuilder(INDENT);
                empty = true;
            }
            line.append(empty ? "" : " ").append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
