package dev.poolscope.report;

import java.util.List;

/**
 * A whole report before it is written: a title, a line on what was read, and its sections. Every
 * report has the sections of {@link #SECTIONS}, in that order; a source that has nothing for one yet
 * says so in words, so the headings are the same for a trace and a log.
 *
 * @param title    the page's title and heading
 * @param source   one line on the input: its file and pool
 * @param sections the sections, one per entry of {@link #SECTIONS}
 */
public record ReportDocument(String title, String source, List<Section> sections) {

    /** The ids of the sections, in page order. */
    public static final List<String> SECTIONS = List.of("findings", "over-time", "at-checkpoints", "compared",
            "failures", "formulas");

    public ReportDocument {
        sections = List.copyOf(sections);
        List<String> ids = sections.stream().map(Section::id).toList();
        if (!ids.equals(SECTIONS)) {
            throw new IllegalArgumentException("a report has the sections " + SECTIONS + ", got " + ids);
        }
    }
}
