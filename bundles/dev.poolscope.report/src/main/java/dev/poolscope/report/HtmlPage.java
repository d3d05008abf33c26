package dev.poolscope.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link ReportDocument} into a directory: {@code index.html} (HTML5, its style inline, no
 * external resource), a PNG per figure and a CSV per table, each linked from the page.
 */
final class HtmlPage {

    /** The page's look: a readable text column on a laptop screen, system fonts only. */
    private static final String STYLE = String.join("\n",
            "body{font:16px/1.5 system-ui,sans-serif;color:#222;max-width:1240px;margin:0 auto;padding:1em 2em}",
            "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}",
            "p.source{color:#555;margin-top:0}nav a{margin-right:1.2em;white-space:nowrap}",
            "figure{margin:1.5em 0}figure img{max-width:100%;height:auto;border:1px solid #ddd}",
            "figcaption,p.caption{color:#444;font-size:.95em;max-width:960px;margin-top:.3em}",
            ".scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.8em;margin:1em 0 0}",
            "th,td{border:1px solid #ccc;padding:.15em .4em;text-align:right;font-variant-numeric:tabular-nums}",
            "td.text{text-align:left}th{background:#f3f3f3}a.csv{font-size:.9em;white-space:nowrap}");

    /** A cell that is a number, aligned right; any other is text, aligned left. */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final Path dir;
    private final Set<String> csvWritten = new HashSet<>();
    private final StringBuilder html = new StringBuilder();

    private HtmlPage(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code document} into {@code dir}, which exists; returns the page. */
    static Path write(ReportDocument document, Path dir) throws IOException {
        return new HtmlPage(dir).render(document);
    }

    private Path render(ReportDocument document) throws IOException {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(document.title())).append("</title>\n<style>\n").append(STYLE)
                .append("\n</style>\n</head>\n<body>\n<h1>").append(escape(document.title())).append("</h1>\n")
                .append("<p class=\"source\">").append(escape(document.source())).append("</p>\n<nav>");
        for (Section section : document.sections()) {
            html.append("<a href=\"#").append(section.id()).append("\">").append(escape(section.title())).append("</a>");
        }
        html.append("</nav>\n");
        for (Section section : document.sections()) {
            html.append("<section id=\"").append(section.id()).append("\">\n<h2>").append(escape(section.title()))
                    .append("</h2>\n");
            for (Block block : section.blocks()) {
                block(block);
            }
            html.append("</section>\n");
        }
        html.append("</body>\n</html>\n");
        Path page = dir.resolve("index.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return page;
    }

    private void block(Block block) throws IOException {
        if (block instanceof Block.Paragraph paragraph) {
            html.append("<p>").append(escape(paragraph.text())).append("</p>\n");
        } else if (block instanceof Block.Items items) {
            html.append("<ul>\n");
            items.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>\n"));
            html.append("</ul>\n");
        } else if (block instanceof Block.TableBlock table) {
            table(table);
        } else if (block instanceof Block.Figure figure) {
            figure(figure);
        }
    }

    private void table(Block.TableBlock block) throws IOException {
        Table table = block.table();
        int shown = Math.min(block.shownRows(), table.rows().size());
        String cut = shown < table.rows().size()
                ? " The first " + shown + " of " + table.rows().size() + " rows are shown; the CSV has all." : "";
        html.append("<div class=\"scroll\"><table>\n<thead><tr>");
        table.columns().forEach(column -> html.append("<th>").append(escape(column)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (var row : table.rows().subList(0, shown)) {
            html.append("<tr>");
            row.forEach(cell -> html.append(NUMBER.matcher(cell).matches() ? "<td>" : "<td class=\"text\">")
                    .append(escape(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n<p class=\"caption\">").append(escape(block.caption() + cut))
                .append(' ').append(csvLink(table)).append("</p>\n");
    }

    private void figure(Block.Figure figure) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(figure.pngFile()))) {
            ReportCharts.png(figure, out);
        }
        html.append("<figure>\n<img src=\"").append(figure.pngFile()).append("\" width=\"").append(ReportCharts.WIDTH)
                .append("\" height=\"").append(ReportCharts.HEIGHT).append("\" alt=\"")
                .append(escape(figure.caption())).append("\">\n<figcaption>").append(escape(figure.caption()))
                .append(' ').append(csvLink(figure.table())).append("</figcaption>\n</figure>\n");
    }

    /** A link to the table's CSV, written the first time a table is linked. */
    private String csvLink(Table table) throws IOException {
        if (csvWritten.add(table.name())) {
            Files.writeString(dir.resolve(table.csvFile()), table.csv(), StandardCharsets.UTF_8);
        }
        return "<a class=\"csv\" href=\"" + table.csvFile() + "\">(numbers: " + table.csvFile() + ")</a>";
    }

    /** Text as HTML shows it literally. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
