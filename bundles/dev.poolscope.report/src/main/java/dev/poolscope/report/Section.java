package dev.poolscope.report;

import java.util.List;

/**
 * One part of a report under its heading. Every report has the same sections, in the order
 * {@link ReportDocument} lists them, so a reader finds the same headings in each; what fills them comes
 * from the input.
 *
 * @param id     the fragment a link to the section uses ({@code #id})
 * @param title  the heading
 * @param blocks what the section shows, in order
 */
public record Section(String id, String title, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }
}
