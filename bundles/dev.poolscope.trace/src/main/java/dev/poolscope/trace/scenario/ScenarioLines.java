package dev.poolscope.trace.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file's text as entries: every line that starts in column 0 is {@code key: value},
 * every indented line belongs to the entry above it; blank lines and lines whose first character
 * that is not a space is {@code #} are skipped.
 */
final class ScenarioLines {

    private ScenarioLines() {
    }

    /** The entries of {@code text}, in order. */
    static List<Entry> entries(String source, String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Line head = null;
        List<Line> body = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            Line line = new Line(source, i + 1, raw.strip());
            if (line.text().isEmpty() || line.text().startsWith("#")) {
                continue;
            }
            if (!Character.isWhitespace(raw.charAt(0))) {
                addEntry(entries, head, body);
                head = checkHead(line);
                body = new ArrayList<>();
            } else if (head == null) {
                throw line.error("an indented line continues the entry above it, but no entry comes before it");
            } else {
                body.add(line);
            }
        }
        addEntry(entries, head, body);
        return entries;
    }

    /** The last line's number: where the file ends, and where a missing entry is told. */
    static int lastLine(String text) {
        int lines = text.split("\r?\n", -1).length;
        return text.endsWith("\n") && lines > 1 ? lines - 1 : lines;
    }

    private static Line checkHead(Line line) {
        if (line.text().indexOf(':') <= 0) {
            throw line.error("expected 'key: value' (or an indented line, which belongs to the entry above it), got "
                    + Values.quote(line.text()));
        }
        return line;
    }

    private static void addEntry(List<Entry> entries, Line head, List<Line> body) {
        if (head != null) {
            int colon = head.text().indexOf(':');
            entries.add(new Entry(head, head.text().substring(0, colon).strip(),
                    head.text().substring(colon + 1).strip(), body));
        }
    }
}
